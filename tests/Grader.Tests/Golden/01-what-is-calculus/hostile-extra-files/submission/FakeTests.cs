namespace WhatIsCalculus.HiddenTests;
public class CentralDifferenceTests { }

this is not C#

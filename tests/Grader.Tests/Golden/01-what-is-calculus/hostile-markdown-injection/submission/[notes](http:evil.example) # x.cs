// an extra file whose name is Markdown

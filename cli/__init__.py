"""The `chronicle` command line: parse, call one library function, render."""

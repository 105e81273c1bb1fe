# add_note and with_traceback; notes print after the exception line.
class ParseError(Exception):
    def __init__(self, line):
        super().__init__("cannot parse line %d" % line)
        self.line = line


def parse(rows):
    for i, row in enumerate(rows):
        if not row.isdigit():
            err = ParseError(i + 1)
            err.add_note("row text: %r" % row)
            raise err


try:
    parse(["1", "x"])
except ParseError as e:
    print(e, e.line, e.__notes__)
    print(sorted(vars(e)))
    tb = e.__traceback__

again = ValueError("retry").with_traceback(tb)
print(again.__traceback__ is tb)
again.add_note("first note")
parse(["7", "8", "nine"])

# context manager as a class-based timer-like accumulator (deterministic)
class Recorder:
    depth = 0
    def __init__(self, label, log):
        self.label = label
        self.log = log
    def __enter__(self):
        Recorder.depth += 1
        self.log.append("  " * (Recorder.depth - 1) + "begin " + self.label)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("  " * (Recorder.depth - 1) + "end " + self.label
                        + (" (error)" if et else ""))
        Recorder.depth -= 1
        return et is ZeroDivisionError

log = []
with Recorder("main", log):
    with Recorder("load", log):
        pass
    with Recorder("compute", log):
        with Recorder("divide", log):
            1 / 0
        with Recorder("after", log):
            pass
for line in log:
    print(line)
print(Recorder.depth)

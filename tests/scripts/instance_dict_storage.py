# An instance's __dict__ is its attribute storage once read: sizes, counts and finalizers.
import sys
import gc


class Record:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

    def __del__(self):
        print("record", self.name, "released")


tags = ["a", "b"]
r = Record("first", tags)
print(sys.getsizeof(r), sys.getrefcount(tags))
d = r.__dict__
print(d, sys.getsizeof(d), sys.getrefcount(d))
d["extra"] = [1, 2, 3]
print(r.extra, sorted(vars(r)))
r.name = "renamed"
print(d["name"], r.__dict__ is d)
del d["extra"]
print(hasattr(r, "extra"))
second = Record("second", tags)
print(sys.getsizeof(second.__dict__), sys.getsizeof(d))
print(sys.getrefcount(tags))
del r
print("after del r:", d["name"])
del d
print(sys.getrefcount(tags))
second.self_ref = second
del second
print("collected", gc.collect())
print(sys.getrefcount(tags))

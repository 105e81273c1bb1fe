# attribute deletion semantics
class C:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"

c = C()
del c.inst
print(hasattr(c, "inst"))
try:
    del c.inst
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
c.cls_attr = "shadow"
print(c.cls_attr)
del c.cls_attr
print(c.cls_attr)
del C.cls_attr
print(hasattr(c, "cls_attr"))

class Guard:
    def __init__(self):
        self.log = []
    def __delattr__(self, name):
        self.log.append(name)
        if name.startswith("_"):
            object.__delattr__(self, name)

g = Guard()
g._private = 1
g.public = 2
del g._private
del g.public
print(g.log, hasattr(g, "_private"), g.public)

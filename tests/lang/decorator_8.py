# decorator registries and dispatch tables
handlers = {}

def on(event):
    def deco(f):
        handlers.setdefault(event, []).append(f)
        return f
    return deco

@on("start")
def a():
    print("a handles start")

@on("start")
@on("stop")
def b():
    print("b handles start/stop")

@on("stop")
def c():
    print("c handles stop")

for event in ["start", "stop", "other"]:
    print("--", event)
    for h in handlers.get(event, []):
        h()

print({k: [f.__name__ for f in v] for k, v in sorted(handlers.items())})

class Router:
    def __init__(self):
        self.routes = {}
    def route(self, path):
        def deco(f):
            self.routes[path] = f
            return f
        return deco
    def dispatch(self, path):
        f = self.routes.get(path)
        return f() if f else "404"

app = Router()

@app.route("/")
def index():
    return "index page"

@app.route("/about")
def about():
    return "about page"

print(app.dispatch("/"), app.dispatch("/about"), app.dispatch("/x"))

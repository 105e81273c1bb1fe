# Context managers for a lock and a pooled resource, with __del__ tracing and a fake clock.
import sys


class FakeClock:
    def __init__(self):
        self.t = 0

    def now(self):
        self.t += 5
        return self.t


clock = FakeClock()


class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False

    def __enter__(self):
        if self.held:
            raise RuntimeError(f'{self.name} already held')
        self.held = True
        print(f'  acquire {self.name}')
        return self

    def __exit__(self, exc_type, exc, tb):
        self.held = False
        print(f'  release {self.name} ({exc_type.__name__ if exc_type else "ok"})')
        return False


class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        self.start = clock.now()
        return self

    def __exit__(self, *exc):
        self.elapsed = clock.now() - self.start
        print(f'  {self.label} took {self.elapsed} ticks')

    def __del__(self):
        print(f'  timer {self.label} collected')


class Connection:
    def __init__(self, ident):
        self.ident = ident
        print(f'  open conn{ident}')

    def __del__(self):
        print(f'  conn{self.ident} destroyed')


class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print('  pool shutting down')
        self.free.clear()

    def borrow(self):
        pool = self

        class Lease:
            def __enter__(self):
                self.conn = pool.free.pop()
                return self.conn

            def __exit__(self, *exc):
                pool.free.append(self.conn)
                del self.conn
        return Lease()


lock = Lock('L')
print('step 1')
with lock, Timer('critical'):
    print('  working, refs to lock:', sys.getrefcount(lock))
print('step 2')
try:
    with lock:
        with lock:
            print('  unreachable')
except RuntimeError as e:
    print('  error:', e)
print('lock held after error?', lock.held)
print('step 3')
with Pool(2) as pool:
    with pool.borrow() as c1, pool.borrow() as c2:
        print('  using', c1.ident, c2.ident, 'free:', len(pool.free))
        print('  refcount of c1:', sys.getrefcount(c1))
    del c1, c2
    print('  returned, free:', len(pool.free))
print('step 4')
t = Timer('kept')
with t:
    pass
print('elapsed', t.elapsed)
del t
print('done')

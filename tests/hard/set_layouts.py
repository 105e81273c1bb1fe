a = {-2, -1, 39, 7, 15}
s = set(); s |= a; print(s)
t = set(); t.update(a); print(t, set().union(a), {*a}, {*a, 100}, {100, *a})
d = dict.fromkeys([-1, -2, 39])
print(set(d), {*d}, set().union(d))
e = {39, -2, -1}; e.discard(39); print(set(e), e.copy())
f = frozenset({-2, -1, 39}); print(f | {5}, {5} | f, f ^ {0})
print({-2, -1, 39} - {0}, {-2, -1, 39} & {-1, -2, 39, 4})
S2 = {-2, -1, 39}
print(S2)
print(S2 | {35})
print(set(S2), S2.copy())
f = frozenset([-2,-1,39])
print(f, set(f), {*f})

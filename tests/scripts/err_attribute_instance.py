class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    def __repr__(self):
        return f'User({self.name!r})'


users = [User('ann', 'ann@example.com'), User('bob', 'bob@example.com')]
for u in users:
    print(u, u.email)
print(users[0].name.upper())
print(users[1].emial)

class ValidationError(Exception):
    pass


class Form:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self):
        for name, value in self.fields.items():
            self.check(name, value)
        return True

    def check(self, name, value):
        if not value:
            raise ValidationError(f'field {name!r} is required')


print(Form(user='ann', age=3).validate())
form = Form(user='bob', email='')
print('validating', sorted(form.fields))
form.validate()

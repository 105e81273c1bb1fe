# __del__ runs the moment the last reference goes.
class Resource:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print('closing', self.label)

r = Resource('file')
alias = r
del r
print('still open')
alias = None
print('done')

if True:
élan = 1

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError:
        print('missing', key, '- using fallback')
        return settings['fallback'] * 2


conf = {'fallback': 21, 'mode': 'fast'}
print(read_setting(conf, 'mode'))
print(read_setting(conf, 'speed'))
del conf['fallback']
print(read_setting(conf, 'speed'))

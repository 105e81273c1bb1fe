class ConfigError(Exception):
    pass


def parse_port(value):
    try:
        port = int(value)
    except ValueError as exc:
        raise ConfigError(f'bad port {value!r}') from exc
    if not 0 < port < 65536:
        raise ConfigError(f'port out of range: {port}')
    return port


for v in ['8080', '70000']:
    try:
        print('port', parse_port(v))
    except ConfigError as e:
        print('config error:', e, '| cause:', repr(e.__cause__))
parse_port('http')

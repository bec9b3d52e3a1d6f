# gevent.monkey for Interleave: patch_all() makes time.sleep cooperative (it becomes
# gevent.sleep), so a blocking sleep in a greenlet lets the hub run the others.
import time

__all__ = ('patch_all', 'patch_time', 'is_module_patched')

_patched = set()


def patch_time():
    from gevent.hub import sleep
    time.sleep = sleep
    _patched.add('time')


def patch_all(**kwargs):
    if kwargs.get('time', True):
        patch_time()
    return True


def is_module_patched(name):
    return name in _patched

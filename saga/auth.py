"""Authentication backends of the project."""

from axes.backends import AxesStandaloneBackend


class LoginLockoutBackend(AxesStandaloneBackend):
    """django-axes' lock-out check for logins that come with a request (the admin login form).

    A call to `authenticate()` without one (a management command, a script, a test's
    `client.login()`) has no address to count failures for and is not a guess over the network:
    it goes straight to the password check, where axes would refuse it outright.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

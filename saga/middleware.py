"""Middleware of the project as a whole."""

from saga.views import healthz


def health_check_middleware(get_response):
    """Answers `/healthz` before host validation and the HTTPS redirect.

    Load balancers and orchestrators probe a worker by its IP address over plain HTTP: that
    Host is not in ALLOWED_HOSTS and the probe must not be redirected, yet it must reach the
    real checks. Every other path goes through the whole stack.
    """

    def middleware(request):
        if request.path_info == "/healthz":
            return healthz(request)
        return get_response(request)

    return middleware

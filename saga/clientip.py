"""The client's address, as the throttles and the login lock-out see it."""

from django.conf import settings


def client_ip(request) -> str:
    """The connection's address; behind SAGA_PROXY_COUNT proxies, the address the outermost one saw.

    Each proxy appends the address it received the request from to X-Forwarded-For, so the
    entry SAGA_PROXY_COUNT from the end is the one a trusted proxy wrote; anything before it may
    come from the client. Django REST framework's throttles read the same entry (its
    NUM_PROXIES setting is SAGA_PROXY_COUNT).
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.SAGA_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not proxies or not forwarded:
        return remote
    addresses = [address.strip() for address in forwarded.split(",")]
    return addresses[-min(proxies, len(addresses))] or remote

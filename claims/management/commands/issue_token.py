"""Issues the API token of a user: `manage.py issue_token USERNAME [--rotate]`.

The same tokens can be managed in the admin (Auth Token > Tokens). A token acts with all the
permissions of its user, so it is given to editors' programs only, and rotated when it leaks.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db import transaction
from rest_framework.authtoken.models import Token

from saga.commands import WritingCommand


class Command(WritingCommand):
    help = "Prints the REST API token of USERNAME, creating it if needed (--rotate replaces it)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--rotate", action="store_true", help="Revoke the current token and issue a new one.")

    @transaction.atomic
    def handle(self, *args, username, rotate, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        if not user.is_active:
            raise CommandError(f"{username!r} is not active: a token would not authenticate.")
        if rotate:
            Token.objects.filter(user=user).delete()
        token, created = Token.objects.get_or_create(user=user)
        if created:
            self.stderr.write(f"New token for {username}. Send it as the header `Authorization: Token <key>`.")
        else:
            self.stderr.write(f"Existing token for {username} (use --rotate for a new one).")
        self.stdout.write(token.key)

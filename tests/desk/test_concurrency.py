"""Reviewers taking one claim at the same moment, on PostgreSQL (SQLite has no row locks and
serialises writers anyway): the claim's row lock lets exactly one win, the others are told who."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection

from claims.models import Claim
from desk.models import ClaimWork
from desk.services import ClaimHeldError, take_claim
from tests.claims.test_concurrency import run_in_threads
from tests.desk_factories import make_desk_article

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 12


def test_concurrent_takes_let_exactly_one_hold_the_claim():
    editors = Group.objects.get(name="Editors")
    users = [get_user_model().objects.create_user(f"reviewer{i}", is_staff=True) for i in range(THREADS)]
    for user in users:
        user.groups.add(editors)
    claim_pk = make_desk_article(count=1).claims.get().pk

    def work(index):
        user = get_user_model().objects.get(pk=users[index].pk)
        try:
            return take_claim(claim=Claim.objects.get(pk=claim_pk), user=user)
        except ClaimHeldError as refusal:
            return refusal

    results = run_in_threads(THREADS, work)
    taken = [result for result in results if isinstance(result, ClaimWork)]
    refused = [result for result in results if isinstance(result, ClaimHeldError)]
    assert (len(taken), len(refused)) == (1, THREADS - 1), results
    winner = ClaimWork.objects.get(claim_id=claim_pk).holder
    assert winner.pk == taken[0].holder.pk
    assert {refusal.work.holder.pk for refusal in refused} == {winner.pk}

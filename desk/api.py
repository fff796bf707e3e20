"""The desk's API, for staff only: a claim's assignment and work state, an article's assignment,
and the internal notes of a claim or an article.
Anonymous clients and non-staff accounts get 403: nothing of the desk is public."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext, gettext_lazy
from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.errors import service_error_response
from claims.api.inputs import RefusesUnknownFields, StrictInputSerializer
from claims.models import Article, Claim
from claims.services import can_review
from desk.models import Note, WorkState, state_expression
from desk.services import (
    ClaimHeldError,
    DeskError,
    add_note,
    assign_article,
    assign_claim,
    check_reviewer,
    release_claim,
    take_claim,
)


class IsStaff(permissions.BasePermission):
    message = gettext_lazy("The review desk (assignments, work states, notes) is for staff accounts only.")

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.is_staff)


class IsStaffEditorToWrite(IsStaff):
    message = gettext_lazy("Writing on the review desk needs a staff account in the Editors group.")

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            # DRF reads the message after the refusal: an account outside the staff, reading or
            # writing, is told the desk is for staff (this instance serves one request).
            self.message = IsStaff.message
            return False
        return request.method in permissions.SAFE_METHODS or can_review(request.user)


class UserField(serializers.SlugRelatedField):
    """A colleague by username; null for nobody. An empty string is refused, as the schema says
    (DRF's related fields would otherwise read it as null)."""

    default_error_messages = {
        **serializers.SlugRelatedField.default_error_messages,
        "blank": gettext_lazy("Give a username, or null for nobody."),
        "does_not_exist": gettext_lazy("No account is named “{value}”."),
    }

    def __init__(self, **kwargs):
        super().__init__(slug_field=get_user_model().USERNAME_FIELD, queryset=get_user_model().objects.all(), **kwargs)

    def run_validation(self, data=serializers.empty):
        if data == "":
            self.fail("blank")
        return super().run_validation(data)


class AssignmentInputSerializer(StrictInputSerializer):
    assignee = UserField(required=False, allow_null=True, help_text="Username of the editor to assign; null unassigns.")
    hold = serializers.BooleanField(
        required=False, help_text="true: you start work on the claim (in progress); false: you stop."
    )
    take_over = serializers.BooleanField(
        default=False, help_text="With hold=true: take the claim over from whoever holds it."
    )

    def validate(self, data):
        if "assignee" not in data and "hold" not in data:
            raise serializers.ValidationError(gettext("Give an assignee, hold, or both."))
        return data


class WorkSerializer(serializers.Serializer):
    claim = serializers.IntegerField(source="pk")
    state = serializers.ChoiceField(choices=WorkState.choices)
    assignee = serializers.CharField(allow_null=True)
    assigned_at = serializers.DateTimeField(allow_null=True)
    holder = serializers.CharField(allow_null=True, help_text="Who has it in progress.")
    held_since = serializers.DateTimeField(allow_null=True)


class HeldSerializer(serializers.Serializer):
    message = serializers.CharField()
    code = serializers.CharField()
    fields = serializers.DictField()
    holder = serializers.CharField()
    since = serializers.DateTimeField()


class NoteSerializer(RefusesUnknownFields, serializers.ModelSerializer):
    author = serializers.CharField(source="author.get_username", read_only=True)
    mentioned = UserField(required=False, allow_null=True, help_text="Username of a colleague to alert.")

    class Meta:
        model = Note
        fields = ["id", "text", "author", "mentioned", "created_at"]
        read_only_fields = ["id", "author", "created_at"]


def work_of(claim_id: int) -> dict:
    """The claim's desk state as WorkSerializer reads it: one query."""
    username = get_user_model().USERNAME_FIELD
    row = (
        Claim.objects.filter(pk=claim_id)
        .annotate(
            state=state_expression(),
            assignee=F(f"work__assignee__{username}"),
            assigned_at=F("work__assigned_at"),
            holder=F(f"work__holder__{username}"),
            held_since=F("work__held_since"),
        )
        .values("pk", "state", "assignee", "assigned_at", "holder", "held_since")
        .get()
    )
    if row["state"] != WorkState.IN_PROGRESS:
        row["holder"] = row["held_since"] = None  # a hold ends with the review that moved the version on
    return row


def staff_claim(request, pk: int) -> Claim:
    return get_object_or_404(Claim.objects.visible_to(request.user), pk=pk)


class AssignmentView(APIView):
    """Assign a claim to an editor, or start or stop your work on it."""

    permission_classes = [IsStaffEditorToWrite]
    serializer_class = AssignmentInputSerializer

    @extend_schema(
        summary="Assign a claim, or start or stop work on it (staff)",
        description="`assignee` (a username, or null) assigns the claim to an editor; `hold` true marks it in "
        "progress with you, false ends your hold. If someone else holds it, 409 names them and since when, "
        "unless `take_over` is true. Claims of an earlier revision, non-editors and deactivated accounts "
        "are refused with 400.",
        request=AssignmentInputSerializer,
        responses={200: WorkSerializer, 409: HeldSerializer},
    )
    def post(self, request, pk: int):
        claim = staff_claim(request, pk)
        form = AssignmentInputSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        # A refusal writes nothing: the assignee is checked and the hold taken (409 when someone
        # else holds it) before the assignment is written, all in one transaction. The assignment
        # first had a 409 leave the claim assigned anyway.
        try:
            if "assignee" in data:
                check_reviewer(data["assignee"], field="assignee")
            with transaction.atomic():
                if data.get("hold") is True:
                    take_claim(claim=claim, user=request.user, take_over=data["take_over"])
                if "assignee" in data:
                    assign_claim(claim=claim, assignee=data["assignee"], by=request.user)
                if data.get("hold") is False:
                    release_claim(claim=claim, user=request.user)
        except ClaimHeldError as error:
            return held_response(error)
        except DeskError as error:
            return service_error_response(error)
        return Response(WorkSerializer(work_of(claim.pk)).data)

    @extend_schema(summary="A claim's assignment and work state (staff)", responses={200: WorkSerializer})
    def get(self, request, pk: int):
        return Response(WorkSerializer(work_of(staff_claim(request, pk).pk)).data)


def held_response(error: ClaimHeldError) -> Response:
    work = error.work
    return Response(
        {
            "message": error.message,
            "code": "held",
            "fields": {},
            "holder": work.holder.get_username(),
            "since": work.held_since.isoformat(),
        },
        status=status.HTTP_409_CONFLICT,
    )


class NotesView(generics.ListCreateAPIView):
    """Internal notes on one claim or article, oldest first: staff only, never public nor exported."""

    permission_classes = [IsStaffEditorToWrite]
    serializer_class = NoteSerializer
    pagination_class = None  # the notes of one claim or article are a short thread
    target = ""  # "claim" or "article": what the notes are on

    def get_target(self):
        raise NotImplementedError

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no claim or article
            return Note.objects.none()
        return Note.objects.filter(**{self.target: self.get_target()}).select_related("author", "mentioned")

    def create(self, request, *args, **kwargs):
        on = {self.target: self.get_target()}
        form = NoteSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            note = add_note(author=request.user, **on, **form.validated_data)
        except DeskError as error:
            return service_error_response(error)
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)


class ClaimNotesView(NotesView):
    """Internal notes on a claim, oldest first: staff only, never public nor exported."""

    target = "claim"

    def get_target(self):
        return staff_claim(self.request, self.kwargs["pk"])

    @extend_schema(summary="Internal notes on a claim (staff)")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(summary="Add an internal note to a claim (staff)", responses={201: NoteSerializer})
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


def staff_article(request, slug: str) -> Article:
    return get_object_or_404(Article.objects.visible_to(request.user).defer("body"), slug=slug)


class ArticleNotesView(NotesView):
    """Internal notes on an article, oldest first: staff only, never public nor exported."""

    target = "article"

    def get_target(self):
        return staff_article(self.request, self.kwargs["slug"])

    @extend_schema(summary="Internal notes on an article (staff)")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(summary="Add an internal note to an article (staff)", responses={201: NoteSerializer})
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


class ArticleAssignmentInputSerializer(StrictInputSerializer):
    assignee = UserField(allow_null=True, help_text="Username of the editor to assign; null unassigns.")


class ArticleAssignmentSerializer(serializers.Serializer):
    article = serializers.CharField(help_text="The article's slug.")
    assignee = serializers.CharField(allow_null=True)
    assigned = serializers.IntegerField(help_text="How many claims (current revision, not reviewed yet) it covered.")


class ArticleAssignmentView(APIView):
    """Assign an article: its current claims that are not reviewed yet go to one editor."""

    permission_classes = [IsStaffEditorToWrite]
    serializer_class = ArticleAssignmentInputSerializer

    @extend_schema(
        summary="Assign an article's claims to do (staff)",
        description="`assignee` (a username, or null to unassign) gets every claim of the article's current "
        "revision that is not reviewed yet. Non-editors, deactivated and unknown accounts are refused with 400.",
        request=ArticleAssignmentInputSerializer,
        responses={200: ArticleAssignmentSerializer},
    )
    def post(self, request, slug: str):
        article = staff_article(request, slug)
        form = ArticleAssignmentInputSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        assignee = form.validated_data["assignee"]
        try:
            count = assign_article(article=article, assignee=assignee, by=request.user)
        except DeskError as error:
            return service_error_response(error)
        data = {"article": article.slug, "assignee": assignee and assignee.get_username(), "assigned": count}
        return Response(ArticleAssignmentSerializer(data).data)

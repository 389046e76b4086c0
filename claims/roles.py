"""The two roles of DOMAIN.md as Django groups: Editors curate, Reviewers also review."""

from typing import Any

EDITORS = "Editors"
REVIEWERS = "Reviewers"

# (app_label, model) pairs editors add, change and view.
CURATED_MODELS = [
    ("sources", "outlet"),
    ("sources", "source"),
    ("claims", "speaker"),
    ("claims", "speakeralias"),
    ("claims", "quote"),
    ("claims", "claim"),
    ("claims", "appearance"),
    ("claims", "evidence"),
    ("claims", "claimmatch"),
]
# Editors may remove these (a quote or claim only while unreviewed: the models refuse the rest).
DELETABLE_MODELS = [
    ("claims", "speakeralias"),
    ("claims", "appearance"),
    ("claims", "evidence"),
    ("claims", "quote"),
    ("claims", "claim"),
]
# Evidence proposals (issue 9): editors and reviewers see and decide them; granted by migration
# 0007, as migration 0003 reads CURATED_MODELS before the model exists.
PROPOSAL_PERMISSIONS = [("claims", "view_evidenceproposal"), ("claims", "change_evidenceproposal")]
# Corrections of what published items show of a speaker, source or outlet: editors propose,
# reviewers also approve (granted by migration 0013).
CORRECTION_PERMISSIONS = {
    EDITORS: [("claims", "view_correction"), ("claims", "add_correction")],
    REVIEWERS: [
        ("claims", "view_correction"),
        ("claims", "add_correction"),
        ("claims", "approve_correction"),
    ],
}
REVIEWER_PERMISSIONS = [("claims", "verify_quote"), ("claims", "verify_claim")]


def editor_permissions() -> list[tuple[str, str]]:
    """(app_label, codename) pairs of the Editors group."""
    perms = [
        (app, f"{action}_{model}")
        for app, model in CURATED_MODELS
        for action in ("add", "change", "view")
    ]
    perms += [(app, f"delete_{model}") for app, model in DELETABLE_MODELS]
    return perms


def reviewer_permissions() -> list[tuple[str, str]]:
    return editor_permissions() + REVIEWER_PERMISSIONS


def is_staff(user: Any) -> bool:
    """Staff, editors and reviewers may see items that are not verified (one query at most)."""
    if not user or not user.is_authenticated or not user.is_active:
        return False
    return user.is_staff or user.groups.filter(name__in=[EDITORS, REVIEWERS]).exists()

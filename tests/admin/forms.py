"""Post an admin change form as a browser would: every field as the page rendered it."""

from __future__ import annotations

from typing import Any

from django import forms


def _fields(form: forms.BaseForm, data: dict[str, Any]) -> None:
    for name, field in form.fields.items():
        value = form[name].value()
        key = form.add_prefix(name)
        if isinstance(field, forms.BooleanField):
            if value:
                data[key] = "on"
        elif value is None:
            data[key] = ""
        elif isinstance(value, list | tuple):
            data[key] = [str(v) for v in value]
        else:
            data[key] = str(value)


def change_form_data(response, **changes: Any) -> dict[str, Any]:
    """The change page's form and inline formsets as POST data, with `changes` applied."""
    data: dict[str, Any] = {}
    _fields(response.context["adminform"].form, data)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        _fields(formset.management_form, data)
        for form in formset.forms:
            _fields(form, data)
    data.update({k: v for k, v in changes.items() if v is not None})
    for key in [k for k, v in changes.items() if v is None]:
        data.pop(key, None)
    return data


def add_inline_form(data: dict[str, Any], prefix: str, **fields: Any) -> dict[str, Any]:
    """Append one new form to the inline formset `prefix` (as 'Add another' does)."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    for name, value in fields.items():
        data[f"{prefix}-{index}-{name}"] = str(value)
    return data

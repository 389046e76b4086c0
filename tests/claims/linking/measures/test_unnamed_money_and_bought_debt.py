"""An amount of a concept only money is, told without its currency, is in the one currency its
sentence names; debt a buyer takes on is asset purchases. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def test_a_loss_without_its_currency_takes_the_one_currency_its_sentence_names() -> None:
    bare = measure_of(
        kind="count",
        figure="1.6 billion",
        before="Managers expect the overhaul to cost some two billion euros, making for a net "
        "loss of ",
        after=".",
    )
    told = measure_of(kind="money", unit="EUR", figure="€1.6 billion", after=" net loss.")
    assert bare.key == told.key == "EUR:net_loss"
    # Two currencies, or none, say nothing of which one it is in.
    two = measure_of(
        kind="count",
        figure="1.6 billion",
        before="Costs of €2 billion ($2.2 billion) leave Varnholm Bank with a net loss of ",
        after=".",
    )
    none = measure_of(
        kind="count", figure="1.6 billion", before="Varnholm Bank expects a net loss of ", after="."
    )
    assert two.key == none.key == "count:net_loss"
    # A count of what no money is keeps its scale.
    staff = measure_of(
        kind="count",
        figure="4,000",
        noun="employees",
        measure="employees",
        before="The two billion euros plan will touch ",
        after=".",
    )
    assert staff.key.startswith("count:")


def test_debt_bought_is_asset_purchases_and_debt_bought_back_of_its_own_is_debt() -> None:
    bought = measure_of(
        kind="money",
        unit="EUR per month",
        figure="15,000 million euros a month",
        before="The central bank of Norland will begin buying in March regional debt worth ",
        after=".",
    )
    own = measure_of(
        kind="money",
        unit="USD",
        figure="$400 million",
        before="Tarn Mining will buy back its own debt worth ",
        after=".",
    )
    assert bought.key == "EUR per month:asset_purchases"
    assert own.key.endswith(":debt")

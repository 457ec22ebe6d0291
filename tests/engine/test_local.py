"""The local engine's set-up ahead: a stage prepared while other work runs is set up once, and its
mapper takes that state instead of setting the stage up again."""

from __future__ import annotations

from storyline.engine.local import LocalEngine, RunOptions
from storyline.pipeline import Stage


def _counting_stage(calls: list[int]) -> Stage:
    def setup(options: RunOptions) -> dict:
        calls.append(1)
        return {"offset": 10 * len(calls)}

    return Stage("count", "article", "test", lambda o: "1", lambda state, item: item + state["offset"], setup=setup)


def test_a_prepared_stage_is_set_up_once_and_its_mapper_uses_that_state():
    calls: list[int] = []
    stage = _counting_stage(calls)
    engine = LocalEngine()
    engine.prepare(stage, RunOptions(workers=1))
    assert calls == [1]
    with engine.mapper(stage, RunOptions(workers=1)) as mapper:
        assert list(mapper([1, 2])) == [11, 12]  # the prepared state, not a second set-up
    assert calls == [1]
    with engine.mapper(stage, RunOptions(workers=1)) as mapper:  # taken once: a later mapper sets up anew
        assert list(mapper([1])) == [21]
    assert calls == [1, 1]


def test_a_state_prepared_for_nothing_is_released():
    calls: list[int] = []
    stage = _counting_stage(calls)
    engine = LocalEngine()
    engine.prepare(stage, RunOptions(workers=1))
    engine.release(stage)
    with engine.mapper(stage, RunOptions(workers=1)) as mapper:
        assert list(mapper([1])) == [21]
    assert calls == [1, 1]

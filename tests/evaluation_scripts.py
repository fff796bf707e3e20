"""The project's evaluation scripts (evaluation/NAME.py) loaded as modules: one definition for the tests
that keep their figures above a floor."""

import importlib.util
import sys
from pathlib import Path

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"


def evaluation_script(name: str):
    """evaluation/NAME.py as a module, registered in sys.modules (its dataclasses look their module up there)."""
    spec = importlib.util.spec_from_file_location(f"saga_eval_{name}", EVALUATION / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module

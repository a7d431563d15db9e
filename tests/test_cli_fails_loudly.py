"""Issue 14: a mistyped database path, a taken port or a dying server is a clear error and a
non-zero exit; only init-db creates a database."""

import socket

from app import create_app


def runner_for(path):
    return create_app({"DATABASE": str(path), "TESTING": True}).test_cli_runner()


def test_a_mistyped_database_is_an_error_not_a_new_file(tmp_path):
    typo = tmp_path / "typo.db"
    for verb in (["export-claims"], ["create-token", "x"], ["load-demo"], ["revoke-token", "x"]):
        result = runner_for(typo).invoke(args=verb)
        assert result.exit_code != 0, verb
        assert "no database at" in result.output and "init-db" in result.output
    assert not typo.exists()


def test_a_database_in_a_missing_folder_is_an_error_and_no_folder_appears(tmp_path):
    missing = tmp_path / "no" / "such" / "folder" / "figures.db"
    result = runner_for(missing).invoke(args=["init-db"])
    assert result.exit_code != 0 and "no folder" in result.output
    assert not (tmp_path / "no").exists()


def test_init_db_creates_the_database(tmp_path):
    path = tmp_path / "figures.db"
    result = runner_for(path).invoke(args=["init-db"])
    assert result.exit_code == 0 and path.is_file()


def test_serve_on_a_taken_port_fails_before_printing_a_token(tmp_path):
    path = tmp_path / "figures.db"
    runner = runner_for(path)
    assert runner.invoke(args=["init-db"]).exit_code == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(args=["serve", "--api-port", str(port), "--datasette-port", "0"])
    assert result.exit_code != 0
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "Write token" not in result.output

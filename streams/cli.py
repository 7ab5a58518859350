"""`bulletins`: the command line of bulletin-pipeline.

worker          run the streaming worker (faust)
topics create   create the pipeline's topics (explicit partition counts)
state migrate   move an app id's state kept by an earlier version to this version's layout
process         the batch path over a JSON-lines file (records.md §7)
submit          validate, encode and produce a JSON-lines file to a raw topic
tail            print a routed topic as JSON lines
check           a liaison officer's lookup: has this identifier been reported? (--who, --why)
purge           retention erasure of correlation entries before a date
digest          liaison officers' digests (HTML, text, JSON) per district and period from routed items
warning         a draft NUM warning for an offender (nothing is sent), or the list of drafts
eval            score redaction, extraction and routing on labelled sets, side by side
train-roles     train the role classifier from the labelled training corpora
train-mo        train the MO classifier from the labelled training corpora
train-exploitation  train the exploitation classifier (a second opinion on one weak signal)
bench-models    what the trained models cost: a throughput ratio measured in one run
bench-linkage   linkage cost per record at growing store sizes (similar offenders, advert clusters)
bench           throughput, latency and memory: raw parse, batch pipeline, naive baseline, workers on Kafka
demo            the main job end to end on a local broker with the bundled samples
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import sys
from pathlib import Path
from typing import BinaryIO

from processors.vocabulary import SOURCES
from redaction.pseudonym import PseudonymKeyError, load_key
from schemas.limits import LimitSettingError
from schemas.registry import RegistryError, RegistrySettingError
from schemas.registry import prepare as prepare_registry
from streams.cli_support import CliError, check_environment, environment_help, environment_report, quiet_libraries


def _bootstrap(args: argparse.Namespace) -> str:
    """The bootstrap servers, once one of them answers (a one-line error within 10 s if none)."""
    from streams.cli_support import require_broker
    from streams.config import load_settings

    try:
        bootstrap = args.bootstrap or load_settings().bootstrap_servers
    except ValueError as exc:  # a setting load_settings cannot use (SASL/TLS, a number)
        raise CliError(str(exc)) from None
    require_broker(bootstrap)
    return bootstrap


def cmd_worker(args: argparse.Namespace) -> int:
    load_key()  # fail at start-up, not on the first record
    prepare_registry()  # a schema registry configured but unusable, unreachable or refusing a schema: said now
    bootstrap = _bootstrap(args)  # before the slow imports: a broker that is down is said at once
    import faust

    from streams.app import create_app
    from streams.changelogs import StateLayoutError, check_layout, declare_changelogs
    from streams.config import load_replication, load_settings
    from streams.quiet import install_filter
    from streams.topics import create_topics

    install_filter()  # the Kafka clients' retries below, before faust's own start
    create_topics(bootstrap, replication=load_replication(), app_id=load_settings().app_id)
    app = create_app()
    try:
        check_layout(app, bootstrap)
    except StateLayoutError as exc:
        raise CliError(str(exc), status=3) from None
    declare_changelogs(app, bootstrap, load_replication())  # before the group's first assignment
    worker = faust.Worker(app, loglevel=args.loglevel)
    worker.execute_from_commandline()
    return 0


def cmd_topics(args: argparse.Namespace) -> int:
    from streams.config import load_replication, load_settings
    from streams.topics import TOPICS, analysed_spec, create_topics

    replication = args.replication if args.replication is not None else load_replication()
    app_id = load_settings().app_id
    created = create_topics(_bootstrap(args), replication=replication, app_id=app_id)
    for spec in (*TOPICS, analysed_spec(app_id)):
        state = "created" if spec.name in created else "exists"
        print(f"{spec.name:<36} partitions={spec.partitions} {'restricted ' if spec.restricted else ''}{state}")
    return 0


def cmd_state(args: argparse.Namespace) -> int:
    """`state migrate`: the state of an app id kept by an earlier version, moved to this one's layout."""
    bootstrap = _bootstrap(args)
    from streams.app import create_app
    from streams.changelogs import StateLayoutError, migrate
    from streams.config import load_replication

    app = create_app(serve=False)
    try:
        copied = migrate(app, bootstrap, load_replication())
    except StateLayoutError as exc:
        raise CliError(str(exc)) from None
    if not copied:
        print(f"state: nothing to migrate for app id {app.conf.name!r} (none kept by an earlier version, or done)")
    for topic, n in sorted(copied.items()):
        print(f"state: {topic}: {n} message(s) copied")
    return 0


def _open_input(path: str) -> BinaryIO:
    """The batch input, opened in binary (lines are decoded one by one); "-" is stdin."""
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")  # closed by the caller's ExitStack


def cmd_process(args: argparse.Namespace) -> int:
    from schemas.limits import LimitSettingError, load_limits

    try:
        limits = load_limits()
    except LimitSettingError as exc:
        print(f"bulletins: {exc}", file=sys.stderr)
        return 2
    rejected = total = rerouted = 0
    with contextlib.ExitStack() as stack:
        # Open the input and the output before the slow pipeline load: a typo fails at once.
        try:
            lines = stack.enter_context(_open_input(args.file))
        except OSError as exc:
            print(f"bulletins: cannot read {args.file}: {exc.strerror or type(exc).__name__}", file=sys.stderr)
            return 2
        try:
            out = stack.enter_context(open(args.out, "w")) if args.out else sys.stdout
        except OSError as exc:
            print(f"bulletins: cannot write {args.out}: {exc.strerror or type(exc).__name__}", file=sys.stderr)
            return 2

        from pipeline.batch import read_lines, run_batch
        from pipeline.core import Pipeline
        from streams.state import SqliteStore, StateError

        try:  # --state: the linkage store kept between runs (issue 12), else one run's dict
            state = SqliteStore(args.state) if args.state else None
        except StateError as exc:
            print(f"bulletins: {exc}", file=sys.stderr)
            return 2
        if state is not None:
            stack.callback(state.close)
        pipeline = Pipeline(correlation_store=state)
        try:
            results = run_batch(
                pipeline, args.source, read_lines(lines, limits.line_bytes), batch_size=args.batch_size, limits=limits
            )
            for result in results:
                if result.get("update"):  # an earlier advert routed again: no line of this input
                    rerouted += 1
                else:
                    total += 1
                    rejected += result.get("status") == "rejected"
                out.write(json.dumps(result) + "\n")
                out.flush()  # a line's answer is out before the next batch starts
                if state is not None:
                    state.commit()  # and its links are kept for the next run
        except OSError as exc:  # the disk or the pipe, mid-run: say so, keep what was written
            print(f"bulletins: stopped after {total} line(s): {exc.strerror or type(exc).__name__}", file=sys.stderr)
            return 1
    again = f"; {rerouted} earlier advert(s) routed again (their cluster reached its size)" if rerouted else ""
    print(f"processed {total} line(s): {total - rejected} routed, {rejected} rejected{again}", file=sys.stderr)
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from streams.edge import submit

    try:
        # undecodable bytes become U+FFFD: the line is then rejected by validation, not the file
        lines = Path(args.file).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        print(f"bulletins: cannot read {args.file}: {exc.strerror or type(exc).__name__}", file=sys.stderr)
        return 2
    summary = submit(_bootstrap(args), args.source, lines, send_invalid=args.send_invalid, progress=not args.quiet)
    for error in summary.errors:
        print(f"rejected {error}", file=sys.stderr)
    print(
        f"submitted {summary.submitted} record(s) to {args.source}; {summary.rejected} rejected"
        + (f" ({summary.sent_invalid} sent as-is for dead-lettering)" if args.send_invalid else ""),
        file=sys.stderr,
    )
    return 0 if not summary.rejected or args.send_invalid else 1


def cmd_tail(args: argparse.Namespace) -> int:
    from streams.edge import tail

    try:
        tail(
            _bootstrap(args),
            args.topic,
            from_beginning=args.from_beginning,
            max_records=args.max,
            idle_timeout_s=args.idle_timeout,
        )
    except ValueError as exc:
        print(f"tail: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from streams.demo import run

    return run(timeout_s=args.timeout)


def _api_token(args: argparse.Namespace) -> str | None:
    """The caller's bearer token: --token-file, else $BULLETINS_API_TOKEN. Never printed."""
    import os

    if args.token_file:
        try:
            token = Path(args.token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            print(f"bulletins: cannot read the token file {args.token_file}: {reason}", file=sys.stderr)
            return None
    else:
        token = os.environ.get("BULLETINS_API_TOKEN", "").strip()
    if not token:
        print("bulletins: no API token: give --token-file FILE or set BULLETINS_API_TOKEN", file=sys.stderr)
        return None
    return token


def _worker_call(
    args: argparse.Namespace, path: str, params: dict[str, str], method: str = "GET", body: object = None
) -> int:
    import urllib.error
    import urllib.parse
    import urllib.request

    from streams.config import load_settings

    token = _api_token(args)
    if token is None:
        return 2
    base = args.worker_url or f"http://127.0.0.1:{load_settings().web_port}"
    url = f"{base}{path}" + (f"?{urllib.parse.urlencode(params)}" if params else "")
    headers = {"Authorization": f"Bearer {token}"}
    data = None
    if body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    request = urllib.request.Request(url, method=method, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            print(json.dumps(json.loads(response.read()), indent=2))
            return 0
    except urllib.error.HTTPError as exc:
        # The worker answers JSON; anything else (a proxy, an older worker) is said plainly.
        try:
            reason = json.loads(exc.read()).get("error") or exc.reason
        except (ValueError, AttributeError, OSError):
            reason = exc.reason
        hint = " (check the token)" if exc.code == 401 else ""
        print(f"bulletins: the worker refused ({exc.code}): {reason}{hint}", file=sys.stderr)
        return 2
    except urllib.error.URLError as exc:
        print(f"bulletins: cannot reach the worker at {base} ({exc.reason})", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:  # a reset connection, a timeout, a reply that is not JSON
        print(f"bulletins: no usable answer from the worker at {base} ({type(exc).__name__})", file=sys.stderr)
        return 1


def cmd_check(args: argparse.Namespace) -> int:
    if not (args.why and args.why.strip()):
        print("bulletins: refused: a check needs --why (why you are looking)", file=sys.stderr)
        return 2
    params = {"identifier": args.identifier, "why": args.why, **({"who": args.who} if args.who else {})}
    return _worker_call(args, "/check/", params)


def cmd_purge(args: argparse.Namespace) -> int:
    from datetime import date

    try:
        before = date.fromisoformat(args.before).isoformat() + "T00:00:00Z"
    except ValueError:
        print("bulletins: --before must be a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    if not args.why.strip():
        print("bulletins: refused: a purge needs --why", file=sys.stderr)
        return 2
    body = {"before": before, "why": args.why, **({"who": args.who} if args.who else {})}
    return _worker_call(args, "/purge/", {}, method="POST", body=body)


def _digest_input(args: argparse.Namespace) -> tuple[list, str | None, int, int] | None:
    """(items, district, lines read, lines skipped): the liaison officer's items of --from
    within --since/--until/--district, and the district key asked for; None after saying
    why on stderr."""
    from processors.digest import OTHER, load_districts
    from processors.digest.periods import parse_time
    from streams.digest_files import read_items, select

    districts = load_districts()
    district = None
    if args.district:
        wanted = args.district.strip().casefold()
        district = districts.named(args.district) or (
            OTHER if wanted in (OTHER, districts.other_label.casefold()) else None
        )
        if district is None:
            names = ", ".join([*districts.names, OTHER])
            print(f"bulletins: unknown district {args.district!r} (one of: {names})", file=sys.stderr)
            return None
    bounds = []
    for name in ("since", "until"):
        text = getattr(args, name)
        try:
            bounds.append(parse_time(text) if text else None)
        except ValueError:
            print(f"bulletins: --{name} must be a date (YYYY-MM-DD) or an ISO-8601 time", file=sys.stderr)
            return None
    try:
        with sys.stdin if args.source == "-" else open(args.source, encoding="utf-8", errors="replace") as f:
            read = read_items(f, districts)
    except OSError as exc:
        print(f"bulletins: cannot read {args.source}: {exc.strerror or type(exc).__name__}", file=sys.stderr)
        return None
    return select(read.items, bounds[0], bounds[1], district), district, read.lines, read.skipped


def cmd_digest(args: argparse.Namespace) -> int:
    import time

    from processors.digest import PERIODS
    from streams.digest_files import digests, write_digest

    found = _digest_input(args)
    if found is None:
        return 2
    items, district, lines, skipped = found
    periods = {args.period: PERIODS[args.period]} if args.period else dict(PERIODS)
    out = Path(args.out)
    written = 0
    try:
        for digest in digests(items, periods, time.time(), district=district):
            paths = write_digest(digest, out)
            written += 1
            print(paths[0])
    except OSError as exc:
        print(f"bulletins: cannot write under {out}: {exc.strerror or type(exc).__name__}", file=sys.stderr)
        return 1
    print(
        f"wrote {written} digest(s), each as .html, .txt and .json, under {out} from {len(items)} item(s) "
        f"for the liaison officer ({lines} line(s) read, {skipped} not for the digest)",
        file=sys.stderr,
    )
    return 0


def cmd_warning(args: argparse.Namespace) -> int:
    from processors.digest import find_group, group_offenders
    from processors.digest.render import render_warning_text
    from streams.digest_files import warning_drafts, write_warning

    found = _digest_input(args)
    if found is None:
        return 2
    items = found[0]
    drafts = warning_drafts(items)
    if not args.draft_id:
        for entry in drafts:
            draft = entry["draft"]
            print(f"{draft['draft_id']}  {draft['message']['title']}  ({'; '.join(draft['why'])})")
        print(f"{len(drafts)} draft warning(s); nothing has been sent", file=sys.stderr)
        return 0
    match = next((e["draft"] for e in drafts if e["group"].answers_to(args.draft_id)), None)
    if match is None:
        known = find_group(group_offenders(items), args.draft_id) is not None
        why = (
            "that offender has no draft: one is made only for repeat reports or a serious MO, with a description, "
            "vehicle, number, email or handle to warn with"
            if known
            else "no offender with that id in this file (bulletins warning --from FILE lists the drafts)"
        )
        print(f"bulletins: {args.draft_id}: {why}", file=sys.stderr)
        return 2
    sys.stdout.write(render_warning_text(match))
    if args.out:
        try:
            paths = write_warning(match, Path(args.out))
        except OSError as exc:
            print(f"bulletins: cannot write under {args.out}: {exc.strerror or type(exc).__name__}", file=sys.stderr)
            return 1
        print(f"wrote {', '.join(str(p) for p in paths)} (a draft: nothing has been sent)", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from evaluation.run import main as evaluate

    corpora = [Path(c) for c in args.corpus] or None
    evaluate(
        corpora, vanilla=not args.no_vanilla, detail=args.detail, rules_only=args.rules_only,
        linkage_only=args.linkage_only,
    )  # fmt: skip
    return 0


def cmd_bench_linkage(args: argparse.Namespace) -> int:
    from evaluation.bench_linkage import main as bench

    bench(args.sizes, probe=args.probe)
    return 0


def cmd_bench_models(args: argparse.Namespace) -> int:
    from evaluation.bench_models import main as bench

    bench(rounds=args.rounds, corpora=[Path(c) for c in args.corpus] or None)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from evaluation.bench import main as bench

    if args.records < 1 or args.rounds < 1 or args.batch_size < 1:
        print("bulletins: --records, --rounds and --batch-size must be at least 1", file=sys.stderr)
        return 2
    kafka = None
    if not args.no_kafka:
        from streams.bench_kafka import kafka_runs

        bootstrap = _bootstrap(args)  # a broker that is down is said before the slow part
        kafka = functools.partial(kafka_runs, bootstrap, sustain_seconds=args.sustain, soak_seconds=args.soak)
    bench(records=args.records, rounds=args.rounds, kafka=kafka, batch_size=args.batch_size, seed=args.seed)
    return 0


def cmd_train_mo(args: argparse.Namespace) -> int:
    from evaluation.train_mo import main as train

    train([Path(c) for c in args.corpus] or None, thresholds_only=args.thresholds_only)
    return 0


def cmd_train_exploitation(args: argparse.Namespace) -> int:
    from evaluation.train_exploitation import main as train

    train(folds=args.folds)
    return 0


def cmd_train_roles(args: argparse.Namespace) -> int:
    from evaluation.train_roles import main as train

    train([Path(c) for c in args.corpus] or None)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bulletins",
        description=__doc__,
        epilog=environment_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument(
        "--bootstrap", help="Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS or 127.0.0.1:9092)"
    )
    parser.add_argument(
        "--verbose", action="store_true", help="let the libraries' log lines and warnings through (not the worker's)"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("worker", help="run the streaming worker")
    p.add_argument("--loglevel", default="info", help="faust's log level: debug, info, warning, error (default info)")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("topics", help="manage topics")
    p.add_argument("action", choices=["create"], help="create: create every missing topic (safe to re-run)")
    p.add_argument(
        "--replication",
        type=int,
        default=None,
        help="replication factor (deployments: 3, with min.insync.replicas 2; default $BULLETINS_REPLICATION or 1)",
    )
    p.set_defaults(func=cmd_topics)

    p = sub.add_parser("state", help="the worker's state in Kafka")
    p.add_argument(
        "action",
        choices=["migrate"],
        help="migrate: copy an app id's state kept by an earlier version (three partitions) into this version's "
        "one-partition changelogs; every worker of the app id stopped first (safe to re-run)",
    )
    p.set_defaults(func=cmd_state)

    p = sub.add_parser("process", help="process a JSON-lines file (batch path)")
    p.add_argument("--source", required=True, choices=SOURCES, help="which feed the lines come from")
    p.add_argument("file", help="JSON-lines input, one record a line; - for standard input")
    p.add_argument("--out", help="write the answers here (default: standard output)")
    p.add_argument("--batch-size", type=int, default=32, help="records per NLP batch (default 32)")
    p.add_argument(
        "--state",
        metavar="DIR",
        help="keep the correlation and linkage state in DIR between runs, so records in several files link "
        "(default: each run starts empty)",
    )
    p.set_defaults(func=cmd_process)

    p = sub.add_parser("submit", help="validate, encode and produce a JSON-lines file")
    p.add_argument("--source", required=True, choices=SOURCES, help="which feed (and raw topic) the lines go to")
    p.add_argument("file", help="JSON-lines input, one record a line")
    p.add_argument(
        "--send-invalid", action="store_true", help="produce invalid lines as-is (to exercise the dead-letter path)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_submit)

    p = sub.add_parser("tail", help="print a routed topic as JSON lines")
    p.add_argument("topic", help="force_intel | spoc | organised_crime, or the full topic name")
    p.add_argument("--from-beginning", action="store_true", help="from the oldest retained record, not new ones")
    p.add_argument("--max", type=int, help="stop after this many records")
    p.add_argument("--idle-timeout", type=float, help="stop after this many seconds without a record")
    p.set_defaults(func=cmd_tail)

    token_help = "file holding your API bearer token (default: $BULLETINS_API_TOKEN)"
    p = sub.add_parser("check", help="has this phone, registration, email or handle been reported? (asks the worker)")
    p.add_argument("identifier", help="a phone number, vehicle registration, email address or handle")
    p.add_argument("--why", help="why you are looking; required, kept in the audit")
    p.add_argument("--who", help="whom you act for, if not yourself (the token already says who you are)")
    p.add_argument("--token-file", help=token_help)
    p.add_argument("--worker-url", help="the worker's web server (default: http://127.0.0.1:$BULLETINS_WEB_PORT)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("purge", help="retention: erase correlation entries seen before a date (asks the worker)")
    p.add_argument("--before", required=True, help="erase what was seen before this date, YYYY-MM-DD")
    p.add_argument("--why", required=True, help="the reason, kept in the audit")
    p.add_argument("--who", help="whom you act for, if not yourself (the token already says who you are)")
    p.add_argument("--token-file", help=token_help)
    p.add_argument("--worker-url", help="the worker's web server (default: http://127.0.0.1:$BULLETINS_WEB_PORT)")
    p.set_defaults(func=cmd_purge)

    def digest_scope(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--from",
            dest="source",
            required=True,
            metavar="FILE.jsonl",
            help="routed items as JSON lines (bulletins process or bulletins tail output); - for standard input",
        )
        p.add_argument("--since", help="only items routed (or, in batch output, received) from this date or time")
        p.add_argument("--until", help="only items before this date or time")
        p.add_argument("--district", help="one district (Leeds, Bradford, Kirklees, Calderdale, Wakefield, other)")

    p = sub.add_parser("digest", help="liaison officers' digests per district and period (HTML, text, JSON)")
    digest_scope(p)
    p.add_argument("--out", required=True, metavar="DIR", help="write DIR/<period>/<start>_<district>.{html,txt,json}")
    p.add_argument("--period", choices=["daily", "weekly"], help="one period (default: daily and weekly)")
    p.set_defaults(func=cmd_digest)

    p = sub.add_parser("warning", help="a draft NUM warning for an offender (nothing is sent); no id: list the drafts")
    p.add_argument("draft_id", nargs="?", metavar="DRAFT_ID", help="W-... as a digest lists it (see the README)")
    digest_scope(p)
    p.add_argument("--out", metavar="DIR", help="also write DIR/warning-<id>.{html,txt,json}")
    p.set_defaults(func=cmd_warning)

    p = sub.add_parser("eval", help="score redaction, extraction and routing on labelled sets, side by side")
    p.add_argument(
        "corpus",
        nargs="*",
        help="labelled JSON-lines files or folders (default: tests/corpus/dev.jsonl and tests/corpus/independent/)",
    )
    p.add_argument("--no-vanilla", action="store_true", help="skip the vanilla Presidio baseline")
    p.add_argument("--detail", action="store_true", help="also print each set's per-label and description figures")
    p.add_argument("--rules-only", action="store_true", help="the rules alone, without the trained role and MO models")
    p.add_argument(
        "--linkage-only",
        action="store_true",
        help="only the linkage section: link pair precision/recall per kind (default sets: tests/corpus/linkage/)",
    )
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("train-roles", help="train the role classifier (spacy train) and choose its thresholds")
    p.add_argument("corpus", nargs="*", help="training files (default: tests/corpus/train/*.jsonl and dev.jsonl)")
    p.set_defaults(func=cmd_train_roles)

    p = sub.add_parser("bench-models", help="throughput with the trained models / with the rules alone (a ratio)")
    p.add_argument("corpus", nargs="*", help="labelled files or folders (default: dev and independent sets)")
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    p.set_defaults(func=cmd_bench_models)

    p = sub.add_parser("bench-linkage", help="linkage cost per record as the store grows (synthetic records)")
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="stored records to measure at")
    p.add_argument("--probe", type=int, default=300, help="new records timed at each size (default 300)")
    p.set_defaults(func=cmd_bench_linkage)

    p = sub.add_parser("bench", help="throughput, latency and memory in one run (last line: one JSON object)")
    p.add_argument("--records", type=int, default=2000, help="fictional records generated (default 2000)")
    p.add_argument("--rounds", type=int, default=3, help="interleaved in-process rounds (default 3)")
    p.add_argument("--no-kafka", action="store_true", help="skip the runs through the broker and the workers")
    p.add_argument("--batch-size", type=int, default=32, help="records per NLP batch, as the worker's (default 32)")
    p.add_argument(
        "--sustain", type=float, default=180.0, metavar="SECONDS",
        help="length of each run at half the maximum rate, for the latency (default 180; at most --records records)",
    )  # fmt: skip
    p.add_argument(
        "--soak", type=float, default=0.0, metavar="SECONDS",
        help="also run one worker this long at half its maximum rate, sampling its resident memory (default: no)",
    )  # fmt: skip
    p.add_argument("--seed", type=int, default=13, help="the corpus generator's seed (default 13)")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("train-mo", help="train the MO classifier (spacy train) and choose how it joins the patterns")
    p.add_argument("corpus", nargs="*", help="training files (default: tests/corpus/train/*.jsonl and dev.jsonl)")
    p.add_argument("--thresholds-only", action="store_true", help="choose the thresholds again for the committed model")
    p.set_defaults(func=cmd_train_mo)

    p = sub.add_parser(
        "train-exploitation",
        help="train the exploitation classifier (spacy train) and choose the score at which it routes one weak signal",
    )
    p.add_argument("--folds", type=int, help="parts for the out-of-fold scores the threshold is chosen on (default 4)")
    p.set_defaults(func=cmd_train_exploitation)

    p = sub.add_parser("demo", help="run the main job end to end on a local broker")
    p.add_argument("--timeout", type=float, default=600.0, help="give up after this many seconds (default 600)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("env", help="the environment variables read, with the values in force (secrets hidden)")
    p.set_defaults(func=cmd_env)
    return parser


def cmd_env(args: argparse.Namespace) -> int:
    print("\n".join(environment_report()))
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bulletin-pipeline")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command != "worker":
        # The worker logs for operators (streams/quiet.py rate-limits it); a person at a
        # terminal gets our own warnings and errors, not the libraries' retries and notices.
        quiet_libraries(verbose=args.verbose)
    if args.command == "worker":
        # faust parses sys.argv itself: leave it only the program name.
        sys.argv = sys.argv[:1]
    from kafka.errors import KafkaError

    try:
        if args.command != "env":  # `env` is how one finds the bad setting
            check_environment()
        return args.func(args)
    except (PseudonymKeyError, LimitSettingError) as exc:
        print(f"bulletins: {exc}", file=sys.stderr)
        return 2
    except CliError as exc:
        print(f"bulletins: {exc}", file=sys.stderr)
        return exc.status
    except RegistryError as exc:  # BULLETINS_SCHEMA_REGISTRY_URL unusable, unreachable or refusing a schema
        print(f"bulletins: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, RegistrySettingError) else 1
    except KafkaError as exc:  # the broker went away mid-command, or refused us
        print(f"bulletins: Kafka: {exc} (broker {args.bootstrap or 'from KAFKA_BOOTSTRAP_SERVERS'})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bulletins: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

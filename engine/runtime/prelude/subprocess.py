# subprocess for Interleave, after CPython 3.11's Lib/subprocess.py (run, Popen, communicate,
# call, check_call, check_output, CompletedProcess, CalledProcessError, TimeoutExpired).
#
# A child is a process of the run with a fresh interpreter (not a fork of this one), started by
# _interleave.spawn() and named after its command on the timeline. The commands are modelled:
# echo, cat, true, false and sleep run _run_command() below in the child (sleep sleeps in
# virtual time); `python3 -c CODE` and `python3 FILE` compile that program and run it as the
# child's __main__. Anything else raises FileNotFoundError as a missing program does.
# stdin/stdout/stderr=PIPE are one-way pipes (_interleave.stdio_pipe): the child's print() and
# its traceback go into them as str messages, and the parent reads until EOF, which comes when
# the child ends. communicate() reads stdout and stderr at once (Popen._read_both). Interleave
# has no bytes type: without text=True, output is a _Bytes, a small stand-in whose repr is
# b'...' and which has decode().
import sys
import time
import _interleave

PIPE = -1
STDOUT = -2
DEVNULL = -3

_MODELLED = ("echo", "cat", "true", "false", "sleep")
_PYTHONS = ("python3", "python")
_SIGNALS = {1: "SIGHUP", 2: "SIGINT", 6: "SIGABRT", 9: "SIGKILL", 15: "SIGTERM"}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class _Bytes:
    """What a child wrote, without text=True (Interleave has no bytes type)."""

    def __init__(self, text=""):
        self._text = text

    def decode(self, encoding="utf-8", errors="strict"):
        return self._text

    def __repr__(self):
        return "b" + repr(self._text)

    def __str__(self):
        return "b" + repr(self._text)

    def __eq__(self, other):
        return isinstance(other, _Bytes) and other._text == self._text

    def __hash__(self):
        return hash(self._text)

    def __len__(self):
        return len(self._text)

    def __bool__(self):
        return len(self._text) > 0

    def __add__(self, other):
        return _Bytes(self._text + other._text)

    def splitlines(self, keepends=False):
        return [_Bytes(line) for line in self._text.splitlines(keepends)]

    def strip(self):
        return _Bytes(self._text.strip())


def _text_of(data):
    if isinstance(data, _Bytes):
        return data._text
    return data


class _Reader:
    """The parent's end of a child's stdout or stderr pipe (Popen.stdout / Popen.stderr)."""

    def __init__(self, conn, text):
        self._conn = conn
        self._text = text
        self._buffer = ""
        self._eof = False
        self.closed = False

    def _wrap(self, s):
        return s if self._text else _Bytes(s)

    def _fill(self, endtime=None):
        """Receive one more chunk into the buffer. False when EOF has come; TimeoutExpired-like
        None when `endtime` passed first."""
        if self._eof:
            return False
        if endtime is not None:
            if not self._conn.poll(max(0.0, endtime - time.monotonic())):
                return None
        try:
            self._buffer += self._conn.recv()
        except EOFError:
            self._eof = True
            return False
        return True

    def _read_all(self, endtime=None):
        while True:
            got = self._fill(endtime)
            if got is None:
                return False
            if got is False:
                return True

    def read(self, size=-1):
        self._read_all()
        data = self._buffer
        self._buffer = ""
        return self._wrap(data)

    def readline(self):
        while "\n" not in self._buffer and self._fill():
            pass
        end = self._buffer.find("\n") + 1
        if end == 0:
            end = len(self._buffer)
        line = self._buffer[:end]
        self._buffer = self._buffer[end:]
        return self._wrap(line)

    def readlines(self):
        return self.read().splitlines(True)

    def __iter__(self):
        # A generator, not __next__: its frames run on the task, so reading may block.
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self):
        if not self.closed:
            self.closed = True
            self._conn.close()


class _Writer:
    """The parent's end of a child's stdin pipe (Popen.stdin)."""

    def __init__(self, conn, text):
        self._conn = conn
        self._text = text
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError("write to closed file")
        data = _text_of(data)
        if data:
            self._conn.send(data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._conn.close()


def _missing(program):
    return FileNotFoundError(2, "No such file or directory", program)


def _what_to_run(argv):
    """(kind, payload) for _interleave.spawn, or raise FileNotFoundError."""
    program = argv[0].split("/")[-1]
    if program in _MODELLED:
        return "command", ""
    if program in _PYTHONS:
        i = 1
        while i < len(argv) and argv[i] in ("-u", "-B", "-E", "-s", "-I", "-q"):
            i += 1
        if i < len(argv) and argv[i] == "-c" and i + 1 < len(argv):
            return "code", argv[i + 1]
        if i < len(argv) and not argv[i].startswith("-"):
            return "file", argv[i]
        raise NotImplementedError("Interleave runs python3 -c CODE or python3 FILE only")
    raise _missing(argv[0])


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 encoding=None, errors=None, text=None):
        self.args = args
        self.returncode = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self._communication_started = False
        self._output = {}
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if isinstance(args, str):
            argv = args.split() if shell else [args]
        else:
            argv = [str(a) for a in args]
        if executable is not None:
            argv[0] = str(executable)
        if stdout == STDOUT:
            raise ValueError("STDOUT can only be used for stderr")
        kind, payload = _what_to_run(argv)
        name = argv[0].split("/")[-1]
        child_in = self._stream(stdin, name + " stdin", True)
        child_out = self._stream(stdout, name + " stdout", False)
        child_err = self._stream(stderr, name + " stderr", False)
        self.pid = _interleave.spawn(kind, payload, argv, child_in, child_out, child_err)
        # The child holds its ends now; the parent closes its copies (EOF comes with the child).
        for end, mode in ((child_in, stdin), (child_out, stdout), (child_err, stderr)):
            if mode == PIPE:
                end.close()

    def _stream(self, mode, name, is_stdin):
        """The child's end of one stream, keeping the parent's end in self.stdin/stdout/stderr."""
        if mode is None or mode == DEVNULL or mode == STDOUT:
            return mode
        if mode != PIPE:
            raise ValueError("Interleave's subprocess takes None, PIPE, DEVNULL or STDOUT streams")
        read_end, write_end = _interleave.stdio_pipe(name)
        if is_stdin:
            self.stdin = _Writer(write_end, self.text_mode)
            return read_end
        reader = _Reader(read_end, self.text_mode)
        if name.endswith(" stdout"):
            self.stdout = reader
        else:
            self.stderr = reader
        return write_end

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        if self.stdin:
            self.stdin.close()
        self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _interleave.process_exitcode(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if not _interleave.join_process(self.pid, timeout):
            raise TimeoutExpired(self.args, timeout)
        return self.poll()

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        endtime = None if timeout is None else time.monotonic() + timeout
        if self.stdin and not self._communication_started:
            if input:
                self.stdin.write(input)
            self.stdin.close()
        self._communication_started = True
        if not self._read_both(endtime):
            raise TimeoutExpired(self.args, timeout, self._partial(self.stdout), self._partial(self.stderr))
        stdout = self._so_far(self.stdout)
        stderr = self._so_far(self.stderr)
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        if endtime is None:
            self.wait()
        else:
            try:
                self.wait(max(0.0, endtime - time.monotonic()))
            except TimeoutExpired:
                raise TimeoutExpired(self.args, timeout, self._partial(self.stdout), self._partial(self.stderr))
        return stdout, stderr

    def _read_both(self, endtime):
        """Read stdout and stderr to EOF at once, as CPython's selector does: a child that fills
        one while the parent waits on the other would wait for ever. False if endtime passed."""
        readers = [r for r in (self.stdout, self.stderr) if r is not None and not r._eof]
        while readers:
            conns = [r._conn for r in readers]
            timeout = None if endtime is None else max(0.0, endtime - time.monotonic())
            ready = _interleave.wait_readable(conns, timeout)
            if ready is None:
                # Simulated pipes never fill up: a writer is never held up by the other
                # stream, so reading them one after the other is enough.
                return all(r._read_all(endtime) for r in readers)
            if not ready:
                return False
            for reader, conn in zip(list(readers), conns):
                if conn in ready and reader._fill() is False:
                    readers.remove(reader)
        return True

    def _partial(self, reader):
        """What a reader got before a timeout, as TimeoutExpired holds it: bytes, None if nothing."""
        if reader is None or not reader._buffer:
            return None
        return _Bytes(reader._buffer)

    def _so_far(self, reader):
        if reader is None:
            return None
        return reader._wrap(reader._buffer)

    def send_signal(self, sig):
        if self.returncode is None:
            _interleave.terminate_process(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


# ---------------------------------------------------------------------------------------------
# The modelled commands, run in the child process (its main program calls _run_command()).
# ---------------------------------------------------------------------------------------------

def _echo(args):
    newline = True
    while args and args[0] == "-n":
        newline = False
        args = args[1:]
    print(" ".join(args), end="\n" if newline else "")
    return 0


def _cat(args):
    if args and args != ["-"]:
        _interleave.write_stderr("cat: Interleave models cat reading its stdin only\n")
        return 1
    while True:
        chunk = _interleave.stdin_read()
        if chunk is None:
            return 0
        print(chunk, end="")


def _sleep(args):
    if not args:
        _interleave.write_stderr("sleep: missing operand\nTry 'sleep --help' for more information.\n")
        return 1
    total = 0.0
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    for arg in args:
        scale = 1
        number = arg
        if arg and arg[-1] in units:
            scale = units[arg[-1]]
            number = arg[:-1]
        try:
            total += float(number) * scale
        except ValueError:
            _interleave.write_stderr("sleep: invalid time interval '%s'\nTry 'sleep --help' for more information.\n" % arg)
            return 1
    time.sleep(total)
    return 0


def _run_command():
    argv = _interleave.child_argv()
    program = argv[0].split("/")[-1]
    if program == "__fail__":  # a python3 child that cannot start: say why, as python3 does
        _interleave.write_stderr(argv[2])
        code = int(argv[1])
    elif program == "echo":
        code = _echo(argv[1:])
    elif program == "cat":
        code = _cat(argv[1:])
    elif program == "sleep":
        code = _sleep(argv[1:])
    elif program == "false":
        code = 1
    else:
        code = 0
    if code:
        sys.exit(code)

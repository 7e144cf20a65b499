using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// A private PostgreSQL cluster for a machine with no database configured: the app and the tests start one from the
/// machine's server binaries, in a folder of their own, and stop it when they stop. As root, the server runs as the
/// `postgres` OS user, since PostgreSQL refuses to run as root.
/// Every connection needs a password (scram-sha-256, over TCP and the Unix socket alike): the passwords are generated
/// and kept in the cluster's folder, in a file only the OS user running the app can read. The superuser only creates
/// the roles and databases; the app and the tests work as roles of their own that are not superusers.
/// A cluster made by an earlier version (which trusted anyone on 127.0.0.1) is given its passwords and new pg_hba.conf
/// on its next start, before the server listens.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly string _dataDirectory;
    private readonly bool _asPostgresUser;
    private bool _started;

    private readonly bool _durable;

    private EmbeddedPostgres(string binDirectory, string dataDirectory, int port, bool durable)
    {
        _durable = durable;
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
        Port = port;
        _asPostgresUser = Environment.UserName == "root";
    }

    public int Port { get; }

    private const string Superuser = "postgres";
    private const string PasswordsFile = "committeehub-passwords";
    private const string HbaMarker = "# Written by CommitteeHub";

    /// <summary>Every connection to the private cluster needs a password.</summary>
    private static readonly string Hba = $"""
        {HbaMarker}: every connection needs a password; the passwords are in {PasswordsFile}, beside this file,
        # readable only by the OS user that runs the app. Rewritten at every start.
        local   all   all                  scram-sha-256
        host    all   all   127.0.0.1/32   scram-sha-256
        host    all   all   ::1/128        scram-sha-256

        """;

    private string PasswordsPath => Path.Combine(_dataDirectory, PasswordsFile);

    /// <summary>As the superuser: for creating roles and databases, nothing else.</summary>
    public string SuperuserConnectionString(string database) => ConnectionString(Superuser, database);

    private string ConnectionString(string role, string database) =>
        $"Host=127.0.0.1;Port={Port};Username={role};Password={Password(role)};Database={database};Include Error Detail=true";

    /// <summary>A login role that is not a superuser (created, or its password set, as need be), and a connection
    /// string for it to <paramref name="database"/>.</summary>
    public async Task<string> EnsureRoleAsync(string role, string database, bool mayCreateDatabases = false)
    {
        var password = Password(role);
        await ExecuteAsSuperuserAsync("postgres",
            $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE \"{role}\"; END IF; END $$",
            $"ALTER ROLE \"{role}\" LOGIN NOSUPERUSER {(mayCreateDatabases ? "CREATEDB" : "NOCREATEDB")} PASSWORD '{password}'");
        return ConnectionString(role, database);
    }

    /// <summary>A database owned by <paramref name="owner"/>, with everything in it: a database an earlier version
    /// made as the superuser is handed over, so the owner can run the migrations.</summary>
    public async Task EnsureDatabaseAsync(string name, string owner)
    {
        await using (var connection = new Npgsql.NpgsqlConnection(SuperuserConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection);
            exists.Parameters.AddWithValue("n", name);
            var sql = await exists.ExecuteScalarAsync() is null ? $"CREATE DATABASE \"{name}\" OWNER \"{owner}\"" : $"ALTER DATABASE \"{name}\" OWNER TO \"{owner}\"";
            await using var create = new Npgsql.NpgsqlCommand(sql, connection);
            await create.ExecuteNonQueryAsync();
        }
        // Tables take their sequences and indexes with them; an identity sequence cannot be handed over on its own.
        await ExecuteAsSuperuserAsync(name, $"ALTER SCHEMA public OWNER TO \"{owner}\"", $"""
            DO $$ DECLARE o record; BEGIN
              FOR o IN SELECT c.relname, CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> '{owner}'
                  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
              LOOP EXECUTE format('ALTER %s public.%I OWNER TO %I', o.kind, o.relname, '{owner}'); END LOOP;
            END $$
            """);
    }

    private async Task ExecuteAsSuperuserAsync(string database, params string[] statements)
    {
        await using var connection = new Npgsql.NpgsqlConnection(SuperuserConnectionString(database));
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The role's password, generated and kept the first time it is asked for. Hex, so it needs no quoting in
    /// SQL or a connection string.</summary>
    private string Password(string role)
    {
        var passwords = ReadPasswords();
        if (passwords.TryGetValue(role, out var password)) return password;
        password = System.Security.Cryptography.RandomNumberGenerator.GetHexString(40, lowercase: true);
        passwords[role] = password;
        // Created readable by its owner only, never briefly readable by others.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.Delete(PasswordsPath + ".new"); // a file that exists keeps its mode
        using (var writer = new StreamWriter(new FileStream(PasswordsPath + ".new", options))) writer.Write(string.Concat(passwords.Select(p => $"{p.Key} {p.Value}\n")));
        File.Move(PasswordsPath + ".new", PasswordsPath, overwrite: true);
        return password;
    }

    private Dictionary<string, string> ReadPasswords() => File.Exists(PasswordsPath)
        ? File.ReadLines(PasswordsPath).Select(l => l.Split(' ', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1])
        : [];

    /// <summary>Starts (creating first if need be) a cluster whose data lives in <paramref name="dataDirectory"/>.
    /// A durable cluster writes safely to disk; a throwaway one (for tests) skips that for speed.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, ILogger? logger = null, bool durable = true)
    {
        var bin = FindServerBinaries();
        var server = new EmbeddedPostgres(bin, Path.GetFullPath(dataDirectory), FreePort(), durable);
        await server.StartAsync(logger);
        return server;
    }

    private async Task StartAsync(ILogger? logger)
    {
        Directory.CreateDirectory(_dataDirectory);
        HoldTheFolder();
        GiveToPostgresUser(_dataDirectory);
        if (!File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            logger?.LogInformation("Creating a private PostgreSQL cluster in {Directory}", _dataDirectory);
            await RunAsync("initdb", "-D", _dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        }
        // A server left running by an app that was killed (kill -9, a crash) holds the folder: stop it first.
        if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")) && await SucceedsAsync("pg_ctl", "-D", _dataDirectory, "status"))
        {
            logger?.LogWarning("A PostgreSQL server left running by an earlier run holds {Directory}; stopping it", _dataDirectory);
            await RunAsync("pg_ctl", "-D", _dataDirectory, "-w", "-m", "fast", "stop");
        }
        await RequirePasswordsAsync(logger);
        // The server's lock and socket files go in /tmp, which the postgres user can write to on any normal machine;
        // where /tmp has lost its world-writable bit, they go in the cluster's own folder instead.
        var socketDirectory = OperatingSystem.IsWindows() || (File.GetUnixFileMode("/tmp") & UnixFileMode.OtherWrite) != 0 ? "/tmp" : _dataDirectory;
        var options = $"-p {Port} -k {socketDirectory} -c listen_addresses=127.0.0.1 -c max_connections=200";
        // A throwaway cluster (tests) holds data that can always be made again, so it need not survive a power cut.
        // Nor does it need autovacuum, whose worker (started by a large write) a non-superuser may not end when the tests
        // drop and re-create their database before the next test.
        if (!_durable) options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off";
        await RunAsync("pg_ctl", "-D", _dataDirectory, "-l", Path.Combine(_dataDirectory, "server.log"), "-w", "-t", "60", "-o", options, "start");
        _started = true;
        logger?.LogInformation("Private PostgreSQL cluster listening on 127.0.0.1:{Port}", Port);
    }

    /// <summary>
    /// Before the server listens: the superuser gets its password (set offline, in single-user mode, so it never
    /// crosses a socket) and pg_hba.conf asks every connection for one. A new cluster and one made by an earlier
    /// version, which trusted everyone on 127.0.0.1, go the same way; one already done is left alone.
    /// </summary>
    private async Task RequirePasswordsAsync(ILogger? logger)
    {
        var hba = Path.Combine(_dataDirectory, "pg_hba.conf");
        var secured = File.Exists(hba) && File.ReadAllText(hba) == Hba && ReadPasswords().ContainsKey(Superuser);
        if (!secured)
        {
            logger?.LogInformation("Giving the private PostgreSQL cluster in {Directory} passwords", _dataDirectory);
            await RunWithInputAsync("postgres", $"ALTER ROLE {Superuser} PASSWORD '{Password(Superuser)}'\n", "--single", "-D", _dataDirectory, "-c", "exit_on_error=on", "postgres");
            await File.WriteAllTextAsync(hba, Hba);
            if (_asPostgresUser) await RunCommandAsync("chown", "postgres:postgres", hba);
        }
        // Back to the app's own OS user, after the folder went to the server's: the passwords are not the server's to read.
        if (_asPostgresUser) await RunCommandAsync("chown", $"{Environment.UserName}:", PasswordsPath);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            _started = false;
            await RunAsync("pg_ctl", "-D", _dataDirectory, "-w", "-m", "fast", "stop");
        }
        LetGoOfTheFolder();
    }

    /// <summary>Stops the server without waiting; for process exit, where nothing async may run.</summary>
    public void StopNow()
    {
        if (_started)
        {
            _started = false;
            using var process = Process.Start(StartInfo("pg_ctl", "-D", _dataDirectory, "-w", "-m", "fast", "stop"));
            process?.WaitForExit(10_000);
        }
        LetGoOfTheFolder();
    }

    // ---------- one app to a folder ----------

    // Beside the folder, not in it: initdb wants an empty folder, and the server's files are the server's.
    private string LockPath => _dataDirectory.TrimEnd(Path.DirectorySeparatorChar) + ".lock";
    private string RunningPath => _dataDirectory.TrimEnd(Path.DirectorySeparatorChar) + ".running";
    private FileStream? _hold;
    private readonly DateTime _since = DateTime.Now;

    /// <summary>
    /// The folder is held, for as long as the app runs, by an exclusive lock on a file beside it, which the operating
    /// system lets go of however the app ends (kill -9 included). A second app given the same folder is refused with
    /// who holds it: otherwise it would take the first one's server for a leftover and stop it under it. Only then is
    /// a server still running in the folder known to be left over by an app that is gone.
    /// </summary>
    private void HoldTheFolder()
    {
        try
        {
            _hold = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var who = File.Exists(RunningPath) ? File.ReadAllText(RunningPath).Trim() : "another process";
            throw new DataFolderInUseException(
                $"CommitteeHub is already running on the data folder {_dataDirectory}: {who}. This one stops here and leaves it " +
                "running. Use that one, stop it first, or give this one a folder of its own, e.g. --CommitteeHub:EmbeddedDataDirectory=.data/second.");
        }
        Announce(null);
    }

    /// <summary>Says, in the folder, which process holds it and where it answers, for a second app to report.</summary>
    public void Announce(string? addresses)
    {
        if (_hold is null) return;
        var text = $"process {Environment.ProcessId} ({Environment.ProcessPath ?? "dotnet"}), started {_since:d MMMM yyyy HH:mm:ss}" +
                   (addresses is null ? "" : $", answering at {addresses}");
        File.WriteAllText(RunningPath, text + "\n");
    }

    /// <summary>What the operating system does for an app killed outright: the folder is let go, the server left running.</summary>
    internal void DieWithoutStopping()
    {
        _started = false;
        _hold?.Dispose();
        _hold = null;
    }

    private void LetGoOfTheFolder()
    {
        if (_hold is null) return;
        try { File.Delete(RunningPath); } catch (IOException) { }
        _hold.Dispose();
        _hold = null;
        try { File.Delete(LockPath); } catch (IOException) { }
    }

    private static string FindServerBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("POSTGRES_BIN");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(configured)) candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        candidates.AddRange(["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin", "/usr/bin"]);
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "No database is configured and PostgreSQL's server programs (initdb, pg_ctl) were not found, so the private " +
                "database cannot start. Install PostgreSQL (Debian or Ubuntu: `sudo apt-get install -y postgresql`; macOS: " +
                "`brew install postgresql@15`), or set POSTGRES_BIN to the folder that holds initdb, or set " +
                "ConnectionStrings__CommitteeHub to a server of your own.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void GiveToPostgresUser(string directory)
    {
        if (!_asPostgresUser) return;
        using var chown = Process.Start("chown", ["-R", "postgres:postgres", directory]);
        chown.WaitForExit();
        // initdb insists on a private data folder.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static async Task RunCommandAsync(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed (exit {process.ExitCode}).");
    }

    private ProcessStartInfo StartInfo(string program, params string[] args)
    {
        var path = Path.Combine(_binDirectory, program);
        var info = _asPostgresUser ? new ProcessStartInfo("runuser") : new ProcessStartInfo(path);
        if (_asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", path }) info.ArgumentList.Add(a);
        }
        foreach (var a in args) info.ArgumentList.Add(a);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.UseShellExecute = false;
        info.WorkingDirectory = "/tmp";
        return info;
    }

    private async Task<bool> SucceedsAsync(string program, params string[] args)
    {
        using var process = Process.Start(StartInfo(program, args)) ?? throw new InvalidOperationException($"Could not start {program}.");
        process.StandardInput.Close();
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), process.WaitForExitAsync());
        return process.ExitCode == 0;
    }

    private Task RunAsync(string program, params string[] args) => RunWithInputAsync(program, input: "", args);

    /// <summary>Runs a server program with <paramref name="input"/> on its standard input (never in its arguments,
    /// which any user can read in the process list).</summary>
    private async Task RunWithInputAsync(string program, string input, params string[] args)
    {
        using var process = Process.Start(StartInfo(program, args))
            ?? throw new InvalidOperationException($"Could not start {program}.");
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_dataDirectory, "server.log");
            var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(15)) : "";
            throw new InvalidOperationException(
                $"PostgreSQL's {program} failed (exit {process.ExitCode}) for the private cluster in {_dataDirectory}:\n" +
                $"{await stderr}{await stdout}{(tail.Length > 0 ? "\nServer log:\n" + tail : "")}" +
                (_asPostgresUser && (tail + await stderr).Contains("Permission denied")
                    ? "\nRunning as root, the server runs as the OS user 'postgres', which must be able to reach this folder (every folder above it needs o+x)."
                    : ""));
        }
    }
}

/// <summary>Another app holds the private cluster's folder.</summary>
public sealed class DataFolderInUseException(string message) : Exception(message);

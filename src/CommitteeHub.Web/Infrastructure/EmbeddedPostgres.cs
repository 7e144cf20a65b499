using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// A private PostgreSQL cluster for a machine with no database configured: the app and the tests start one from the
/// machine's server binaries, in a folder of their own, and stop it when they stop. As root, the server runs as the
/// `postgres` OS user, since PostgreSQL refuses to run as root.
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

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

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
        // The server's lock and socket files go in /tmp, which the postgres user can write to on any normal machine;
        // where /tmp has lost its world-writable bit, they go in the cluster's own folder instead.
        var socketDirectory = OperatingSystem.IsWindows() || (File.GetUnixFileMode("/tmp") & UnixFileMode.OtherWrite) != 0 ? "/tmp" : _dataDirectory;
        var options = $"-p {Port} -k {socketDirectory} -c listen_addresses=127.0.0.1 -c max_connections=200";
        // A throwaway cluster (tests) holds data that can always be made again, so it need not survive a power cut.
        if (!_durable) options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsync("pg_ctl", "-D", _dataDirectory, "-l", Path.Combine(_dataDirectory, "server.log"), "-w", "-t", "60", "-o", options, "start");
        _started = true;
        logger?.LogInformation("Private PostgreSQL cluster listening on 127.0.0.1:{Port}", Port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_started) return;
        _started = false;
        await RunAsync("pg_ctl", "-D", _dataDirectory, "-w", "-m", "fast", "stop");
    }

    /// <summary>Stops the server without waiting; for process exit, where nothing async may run.</summary>
    public void StopNow()
    {
        if (!_started) return;
        _started = false;
        using var process = Process.Start(StartInfo("pg_ctl", "-D", _dataDirectory, "-w", "-m", "fast", "stop"));
        process?.WaitForExit(10_000);
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
        info.UseShellExecute = false;
        info.WorkingDirectory = "/tmp";
        return info;
    }

    private async Task<bool> SucceedsAsync(string program, params string[] args)
    {
        using var process = Process.Start(StartInfo(program, args)) ?? throw new InvalidOperationException($"Could not start {program}.");
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), process.WaitForExitAsync());
        return process.ExitCode == 0;
    }

    private async Task RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(StartInfo(program, args))
            ?? throw new InvalidOperationException($"Could not start {program}.");
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

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Yincai.Benchmarks;

/// <summary>
/// A TCP relay on 127.0.0.1 that hands every chunk on a fixed delay after it arrived, each way, in order: the database as if
/// it stood on another host. On a machine of two cores one event's registrations already keep both cores busy, so whether
/// events queue on each other's locks only shows once a transaction's round trips, not the CPU, bound one event.
/// </summary>
public sealed class LatencyProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly string targetHost;
    private readonly int targetPort;
    private long delayTicks;
    private readonly Task accepting;
    private readonly System.Collections.Concurrent.BlockingCollection<(long Due, Socket To, byte[] Data, int Length)> outgoing = new();
    private readonly Thread sender;

    private LatencyProxy(string targetHost, int targetPort)
    {
        (this.targetHost, this.targetPort) = (targetHost, targetPort);
        listener.Start();
        sender = new Thread(Send) { IsBackground = true, Name = "latency-proxy" };
        sender.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Added to each chunk each way; changed at any time (set up the run's data before, at no delay).</summary>
    public TimeSpan Delay
    {
        get => TimeSpan.FromSeconds(Interlocked.Read(ref delayTicks) / (double)Stopwatch.Frequency);
        set => Interlocked.Exchange(ref delayTicks, (long)(value.TotalSeconds * Stopwatch.Frequency));
    }

    /// <summary>Starts a relay (no delay yet) to the connection string's server and returns the string pointed at it instead.</summary>
    public static (LatencyProxy Proxy, string ConnectionString) For(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var proxy = new LatencyProxy(builder.Host!, builder.Port);
        builder.Host = "127.0.0.1";
        builder.Port = proxy.Port;
        return (proxy, builder.ConnectionString);
    }

    /// <summary>The median of 50 <c>SELECT 1</c> round trips on one connection, as the app would see them.</summary>
    public static async Task<double> RoundTripAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        var times = new double[50];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            await command.ExecuteScalarAsync();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return Percentiles.Of(times, 0.50);
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var near = client.Client;
        near.NoDelay = true;
        try
        {
            await server.ConnectAsync(targetHost, targetPort, stop.Token);
            await Task.WhenAll(ReadAsync(near, server), ReadAsync(server, near));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A side closed: the other goes with it.
        }
        finally
        {
            // Once both ways are done and their last chunks handed on.
            Enqueue(near, [], -1);
            Enqueue(server, [], -1);
        }
    }

    /// <summary>Reads as it comes; the sender thread writes each chunk once its delay has passed, so the pipe is late, not narrow.</summary>
    private async Task ReadAsync(Socket from, Socket to)
    {
        try
        {
            while (true)
            {
                var buffer = new byte[16 * 1024];
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, stop.Token);
                if (read == 0) break;
                Enqueue(to, buffer, read);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        Enqueue(to, [], 0); // the end of this way, in its turn
    }

    private void Enqueue(Socket to, byte[] data, int length) =>
        outgoing.Add((Stopwatch.GetTimestamp() + Interlocked.Read(ref delayTicks), to, data, length));

    /// <summary>One thread hands every chunk on, first in first out: the delay is the same for all, so arrival order is due order. It sleeps with
    /// usleep, because the runtime's timers round to whole milliseconds and fire a few late.</summary>
    private void Send()
    {
        foreach (var (due, to, data, length) in outgoing.GetConsumingEnumerable())
        {
            for (long early; (early = due - Stopwatch.GetTimestamp()) > 0;)
                _ = usleep((uint)Math.Max(1, early * 1_000_000 / Stopwatch.Frequency));
            try
            {
                if (length > 0) to.Send(data.AsSpan(0, length));
                else if (length == 0) to.Shutdown(SocketShutdown.Send);
                else to.Dispose();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int usleep(uint microseconds);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        outgoing.CompleteAdding();
        sender.Join();
        stop.Dispose();
    }
}

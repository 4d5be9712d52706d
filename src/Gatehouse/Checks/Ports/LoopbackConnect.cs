using System.Buffers.Binary;
using System.Net;
using System.Runtime.InteropServices;

namespace Gatehouse.Checks.Ports;

/// <summary>
/// The fast path for 127.0.0.1 on Linux. On loopback the kernel settles a blocking connect inside the call itself
/// (accepted or refused), so four system calls answer a port without the managed socket's async machinery, whose
/// per-socket cost made a full-range probe slower than nmap. A non-blocking connect would not do: it returns
/// "in progress" before the refusal arrives. SO_SNDTIMEO bounds the blocking connect (a listener with a full
/// backlog drops the SYN) to <see cref="PortProbe.ConnectTimeout"/>.
/// </summary>
internal static partial class LoopbackConnect
{
    private const int AddressFamilyInet = 2;
    private const int SocketStreamCloseOnExec = 1 | 0x80000; // SOCK_STREAM | SOCK_CLOEXEC
    private const int SolSocket = 1;
    private const int SoLinger = 13;
    private const int SoSendTimeout = 21;
    private const int ConnectionRefused = 111; // ECONNREFUSED
    private const int InProgress = 115; // EINPROGRESS: the send timeout ran out

    public static bool Applies(IPAddress address) => OperatingSystem.IsLinux() && address.Equals(IPAddress.Loopback);

    /// <summary>True or false when the kernel settled it at once; null when the managed path must decide.</summary>
    public static bool? TryConnect(int port)
    {
        var socket = Socket(AddressFamilyInet, SocketStreamCloseOnExec, 0);
        if (socket < 0)
        {
            return null;
        }
        try
        {
            var timeout = new TimeValue { Seconds = (long)PortProbe.ConnectTimeout.TotalSeconds, Microseconds = PortProbe.ConnectTimeout.Milliseconds * 1000L };
            if (SetSocketOption(socket, SolSocket, SoSendTimeout, ref timeout, Marshal.SizeOf<TimeValue>()) != 0)
            {
                return null;
            }
            var address = new SocketAddress4
            {
                Family = AddressFamilyInet,
                Port = BinaryPrimitives.ReverseEndianness((ushort)port),
                Address = BinaryPrimitives.ReverseEndianness(0x7F000001u),
            };
            if (Connect(socket, ref address, Marshal.SizeOf<SocketAddress4>()) == 0)
            {
                // Close with a reset: nothing is sent and no TIME_WAIT socket stays behind.
                var linger = new Linger { OnOff = 1, Seconds = 0 };
                _ = SetSocketOption(socket, SolSocket, SoLinger, ref linger, Marshal.SizeOf<Linger>());
                return true;
            }
            return Marshal.GetLastPInvokeError() switch
            {
                ConnectionRefused => false,
                InProgress => false, // no answer in time
                _ => null,
            };
        }
        finally
        {
            _ = Close(socket);
        }
    }

    [LibraryImport("libc", EntryPoint = "socket", SetLastError = true)]
    private static partial int Socket(int domain, int type, int protocol);

    [LibraryImport("libc", EntryPoint = "connect", SetLastError = true)]
    private static partial int Connect(int socket, ref SocketAddress4 address, int length);

    [LibraryImport("libc", EntryPoint = "setsockopt", SetLastError = true)]
    private static partial int SetSocketOption(int socket, int level, int name, ref Linger value, int length);

    [LibraryImport("libc", EntryPoint = "setsockopt", SetLastError = true)]
    private static partial int SetSocketOption(int socket, int level, int name, ref TimeValue value, int length);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int socket);

    /// <summary>struct sockaddr_in.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct SocketAddress4
    {
        public ushort Family;
        public ushort Port;
        public uint Address;
        public ulong Zero;
    }

    /// <summary>struct linger.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Linger
    {
        public int OnOff;
        public int Seconds;
    }

    /// <summary>struct timeval (64-bit Linux).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue
    {
        public long Seconds;
        public long Microseconds;
    }
}

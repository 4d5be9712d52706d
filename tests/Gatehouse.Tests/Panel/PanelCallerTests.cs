using Gatehouse.Panel;
using Microsoft.AspNetCore.Http;

namespace Gatehouse.Tests.Panel;

/// <summary>A change needs the same-origin header, and in the add-on the HA user ingress names; the log gets that name.</summary>
public sealed class PanelCallerTests
{
    [Theory]
    [InlineData(false, null, null, false)]
    [InlineData(false, "0", null, false)]
    [InlineData(false, "1", null, true)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, "1", " ", false)]
    [InlineData(true, "1", "8f1c0c6a", true)]
    [InlineData(true, null, "8f1c0c6a", false)]
    public void RefuseChange_NeedsTheHeaderAndInTheAddonTheUser(bool isAddon, string? guard, string? userId, bool allowed)
    {
        var context = new DefaultHttpContext();
        if (guard is not null)
        {
            context.Request.Headers[PanelCaller.GuardHeader] = guard;
        }
        if (userId is not null)
        {
            context.Request.Headers[PanelCaller.UserIdHeader] = userId;
        }

        Assert.Equal(allowed, PanelCaller.RefuseChange(context, isAddon) is null);
    }

    [Theory]
    [InlineData("Alice", "alice", "id", "Alice (alice)")]
    [InlineData("alice", "alice", "id", "alice")]
    [InlineData(null, "alice", "id", "alice")]
    [InlineData(null, null, "id", "id")]
    [InlineData(null, null, null, "")]
    public void User_IsTheDisplayNameAndLogin(string? display, string? name, string? id, string expected)
    {
        var context = new DefaultHttpContext();
        void Set(string header, string? value)
        {
            if (value is not null)
            {
                context.Request.Headers[header] = value;
            }
        }
        Set(PanelCaller.UserDisplayNameHeader, display);
        Set(PanelCaller.UserNameHeader, name);
        Set(PanelCaller.UserIdHeader, id);

        Assert.Equal(expected, PanelCaller.User(context));
    }
}

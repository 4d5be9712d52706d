using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Options;
using Gatehouse.Tests.HaConfig;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace Gatehouse.Tests.Checks.Catalog;

/// <summary>access_tokens from .storage/auth as HA writes it (auth/auth_store.py _data_to_save), per release.</summary>
public sealed class AccessTokensCheckTests : IDisposable
{
    private const string TokenValue = "7b1e0c5a9f2d4e8b-not-a-real-refresh-token-value";
    private const string JwtKey = "c3f9a1d27e5b40f6-not-a-real-jwt-key";
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_NoLongLivedTokens_PassesIgnoringAppLogins()
    {
        WithTokens(Token("normal", "Android app", "2026-01-02T10:00:00+00:00", "2026-12-06T21:00:00+00:00", "203.0.113.50"));

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal("No long-lived access tokens exist.", result.Summary);
    }

    [Fact]
    public async Task RunAsync_RecentTokenUsedAtHome_PassesNamingIt()
    {
        WithTokens(Token("long_lived_access_token", "Node-RED", "2026-06-01T08:00:00+00:00", "2026-12-07T11:00:00.123456+00:00", "192.168.1.40"));

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal(["'Node-RED' of Alice, created 2026-06-01, last used 2026-12-07 from 192.168.1.40"], result.Details);
    }

    [Fact]
    public async Task RunAsync_TokenUsedFromTheInternet_FailsSayingHowToRevokeIt()
    {
        WithTokens(
            Token("long_lived_access_token", "Node-RED", "2026-06-01T08:00:00+00:00", "2026-12-07T11:00:00+00:00", "192.168.1.40"),
            Token("long_lived_access_token", "grafana", "2026-09-01T08:00:00+00:00", "2026-12-05T03:12:00+00:00", "::ffff:198.51.100.7", user: "b0b"));

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal("'grafana' of Bob, created 2026-09-01, last used 2026-12-05 from 198.51.100.7: last used from the internet address 198.51.100.7", result.Details[0]);
        Assert.Contains("Security > Long-lived access tokens", result.Remediation, StringComparison.Ordinal);
        Assert.Contains("Bob: delete 'grafana'.", result.Remediation, StringComparison.Ordinal);
        Assert.DoesNotContain("Node-RED", result.Remediation, StringComparison.Ordinal);
        var grafana = result.Findings.Single(f => f.Status == CheckStatus.Fail);
        Assert.Equal("access_tokens:token:grafana-id", grafana.Id);
        Assert.Equal("Bob's long-lived access token 'grafana' was last used from the internet address 198.51.100.7", grafana.Text);
        Assert.Equal(CheckStatus.Pass, result.Findings.Single(f => f.Id == "access_tokens:token:node-red-id").Status);
    }

    [Fact]
    public async Task RunAsync_TokenUsedFromAKnownNetwork_Passes()
    {
        WithTokens(Token("long_lived_access_token", "office-dashboard", "2026-09-01T08:00:00+00:00", "2026-12-05T03:12:00+00:00", "198.51.100.7"));

        var result = await Run(new GatehouseOptions { KnownNetworks = ["198.51.100.0/28"] });

        Assert.Equal(CheckStatus.Pass, result.Status);
    }

    [Theory]
    [InlineData("2026-06-01T08:00:00+00:00", "2026-08-01T08:00:00+00:00", "unused for 128 days")]
    [InlineData("2026-06-01T08:00:00+00:00", null, "never used for 189 days")]
    [InlineData("2025-06-01T08:00:00+00:00", "2026-12-01T08:00:00+00:00", "1 year old")]
    public async Task RunAsync_UnusedOrOldToken_Warns(string created, string? lastUsed, string reason)
    {
        WithTokens(Token("long_lived_access_token", "old script", created, lastUsed, lastUsed is null ? null : "192.168.1.9"));

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.EndsWith($": {reason}", result.Details.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HaBefore096WithoutLastUse_JudgesByAge()
    {
        // Before 0.96 refresh tokens had no last_used_at, last_used_ip, jwt_key version or expire_at.
        _folder.Storage("auth", Users() + $$""","refresh_tokens":[{"id":"t1","user_id":"a1","client_id":null,"client_name":"HA Dashboard","client_icon":null,"token_type":"long_lived_access_token","created_at":"2019-03-01T10:00:00+00:00","access_token_expiration":315360000.0,"token":"{{TokenValue}}","jwt_key":"{{JwtKey}}"}]}""");

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal("'HA Dashboard' of Alice, created 2019-03-01, never used: never used for 2838 days", result.Details.Single());
    }

    [Fact]
    public async Task RunAsync_HostileNameAndAddress_AreShownBoundedAndParsed()
    {
        var name = "line\nbreak" + new string('x', 500);
        WithTokens(Token("long_lived_access_token", name, "2026-06-01T08:00:00+00:00", "2026-12-07T11:00:00+00:00", "<script>"));

        var detail = (await Run()).Details.Single();

        Assert.DoesNotContain("\n", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", detail, StringComparison.Ordinal);
        Assert.True(detail.Length < 200, detail);
    }

    [Fact]
    public async Task RunAsync_HostileUserName_IsShownBoundedOnOneLine()
    {
        var name = "Dave\r\n" + new string('x', 100_000);
        WithUsersAndTokens(Ha2026, Person(Ha2026, "d4e", name, owner: false, active: true, "system-users", "system-admin"),
            Token("long_lived_access_token", "wall-tablet", "2026-10-01T08:00:00+00:00", "2026-12-07T09:00:00+00:00", "192.168.1.60", user: "d4e"));

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.DoesNotContain("\n", result.Details.Single(), StringComparison.Ordinal);
        Assert.True(result.Details.Single().Length < 400, result.Details.Single());
        Assert.True(result.Remediation.Length < 1_000, result.Remediation);
    }

    [Fact]
    public async Task RunAsync_AnyOutcome_NeverCarriesTheTokenOrItsKey()
    {
        WithTokens(
            Token("long_lived_access_token", "grafana", "2024-01-01T08:00:00+00:00", "2026-12-05T03:12:00+00:00", "198.51.100.7"),
            Token("normal", "app", "2026-01-01T08:00:00+00:00", "2026-12-05T03:12:00+00:00", "192.168.1.2"));

        var json = JsonConvert.SerializeObject(await Run());

        Assert.DoesNotContain(TokenValue, json, StringComparison.Ordinal);
        Assert.DoesNotContain(JwtKey, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Ha2021)]
    [InlineData(Ha2026)]
    public async Task RunAsync_TokenOfAUserInUsersAndAdministrators_FailsNamingTheUserAndBothFixes(string release)
    {
        WithUsersAndTokens(release, Person(release, "d4e", "Dave", owner: false, active: true, "system-users", "system-admin"),
            Token("long_lived_access_token", "wall-tablet", "2026-10-01T08:00:00+00:00", "2026-12-07T09:00:00+00:00", "192.168.1.60", user: "d4e"));

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal("1 long-lived access token has administrator rights that its user's group does not show: whoever holds it can change everything in HA.", result.Summary);
        Assert.Equal("'wall-tablet' of Dave, created 2026-10-01, last used 2026-12-07 from 192.168.1.60: given administrator rights (Dave is in the Users group, and in Administrators too)", result.Details.Single());
        Assert.Contains("Dave: delete 'wall-tablet', or settle Dave's rights under Settings > People > Users", result.Remediation, StringComparison.Ordinal);
        var finding = result.Findings.Single();
        Assert.Equal(("access_tokens:token:wall-tablet-id", CheckStatus.Fail), (finding.Id, finding.Status));
        Assert.Equal("Dave's long-lived access token 'wall-tablet' was given administrator rights (Dave is in the Users group, and in Administrators too)", finding.Text);
        var json = JsonConvert.SerializeObject(result);
        Assert.DoesNotContain(TokenValue, json, StringComparison.Ordinal);
        Assert.DoesNotContain(JwtKey, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Ha2021, new[] { "system-users" }, "in the Users group only")]
    [InlineData(Ha2026, new[] { "system-read-only" }, "in the Read Only group only")]
    [InlineData(Ha2026, new string[0], "in no group")]
    public async Task RunAsync_TokenOfTheOwnerOutsideAdministrators_FailsSayingTheOwnerKeepsEveryRight(string release, string[] groups, string membership)
    {
        WithUsersAndTokens(release, Person(release, "a1", "Alice", owner: true, active: true, groups),
            Token("long_lived_access_token", "node-red", "2026-10-01T08:00:00+00:00", "2026-12-07T09:00:00+00:00", "192.168.1.40"));

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.EndsWith($": given every right (Alice is {membership}, but the owner has every right whatever the group)", result.Details.Single(), StringComparison.Ordinal);
        Assert.Contains("Alice: delete 'node-red' and, where a program needs a token, create it on a user who is not an administrator", result.Remediation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true, new[] { "system-users" })]
    [InlineData(false, true, new[] { "system-admin" })]
    [InlineData(false, true, new[] { "system-read-only", "system-users" })]
    [InlineData(true, true, new[] { "system-admin" })]
    // Deactivated: HA's is_admin needs is_active, and HA refuses the tokens of a deactivated user.
    [InlineData(false, false, new[] { "system-users", "system-admin" })]
    public async Task RunAsync_TokenOfAUserWhoseGroupsTellTheirRights_Passes(bool owner, bool active, string[] groups)
    {
        WithUsersAndTokens(Ha2026, Person(Ha2026, owner ? "a1" : "e5", "Erin", owner, active, groups),
            Token("long_lived_access_token", "sensor-bridge", "2026-10-01T08:00:00+00:00", "2026-12-07T09:00:00+00:00", "192.168.1.70", user: owner ? "a1" : "e5"));

        Assert.Equal(CheckStatus.Pass, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_HiddenRightsUsedFromTheInternet_GivesBothReasons()
    {
        WithUsersAndTokens(Ha2026, Person(Ha2026, "d4e", "Dave", owner: false, active: true, "system-read-only", "system-admin"),
            Token("long_lived_access_token", "grafana", "2026-09-01T08:00:00+00:00", "2026-12-05T03:12:00+00:00", "198.51.100.7", user: "d4e"));

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal("1 long-lived access token was last used from an internet address: whoever holds it controls HA without a password. 1 long-lived access token has administrator rights that its user's group does not show: whoever holds it can change everything in HA.", result.Summary);
        Assert.EndsWith(": last used from the internet address 198.51.100.7 and given administrator rights (Dave is in the Read Only group, and in Administrators too)", result.Details.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoAuthFile_IsUnavailableSayingWhere()
    {
        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains(".storage/auth is not in the config folder", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DamagedAuthFile_IsUnavailable()
    {
        _folder.Write(".storage/auth", "{\"data\":{\"users\":[");

        Assert.Equal(CheckStatus.Unavailable, (await Run()).Status);
    }

    private Task<CheckResult> Run(GatehouseOptions? options = null) =>
        new AccessTokensCheck(_folder.Snapshot(), options ?? new GatehouseOptions(), new FakeTimeProvider(Now)).RunAsync(CancellationToken.None);

    private void WithTokens(params string[] tokens) =>
        _folder.Storage("auth", Users() + $",\"refresh_tokens\":[{string.Join(",", tokens)}]}}");

    /// <summary>users[] as HA 0.90–2021.x saved them (auth_store.py; models.py at 6ec3fc0a has no local_only yet).</summary>
    private const string Ha2021 = "2021";

    /// <summary>users[] as HA 2024.x–2026.x saves them, with local_only.</summary>
    private const string Ha2026 = "2026";

    private void WithUsersAndTokens(string release, string user, params string[] tokens)
    {
        var owner = release == Ha2021
            ? """{"id":"a1","group_ids":["system-admin"],"is_owner":true,"is_active":true,"name":"Alice","system_generated":false}"""
            : """{"id":"a1","group_ids":["system-admin"],"is_owner":true,"is_active":true,"name":"Alice","system_generated":false,"local_only":false}""";
        var users = user.Contains("\"id\":\"a1\"", StringComparison.Ordinal) ? user : $"{owner},{user}";
        _folder.Storage("auth", $$"""{"users":[{{users}}],"groups":[{"id":"system-admin","name":"Administrators"},{"id":"system-users","name":"Users"},{"id":"system-read-only","name":"Read Only"}],"credentials":[],"refresh_tokens":[{{string.Join(",", tokens)}}]}""");
    }

    private static string Person(string release, string id, string name, bool owner, bool active, params string[] groups)
    {
        var user = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["group_ids"] = groups,
            ["is_owner"] = owner,
            ["is_active"] = active,
            ["name"] = name,
            ["system_generated"] = false,
        };
        if (release == Ha2026)
        {
            user["local_only"] = false;
        }
        return JsonConvert.SerializeObject(user);
    }

    private static string Users() =>
        """{"users":[{"id":"a1","group_ids":["system-admin"],"is_owner":true,"is_active":true,"name":"Alice","system_generated":false,"local_only":false},{"id":"b0b","group_ids":["system-users"],"is_owner":false,"is_active":true,"name":"Bob","system_generated":false,"local_only":false}],"groups":[],"credentials":[]""";

    /// <summary>A refresh token as HA 2024.x–2026.x saves it (expire_at since 2024.2, jwt_key since 0.7x, version since 2023.x).</summary>
    private static string Token(string type, string name, string created, string? lastUsed, string? lastIp, string user = "a1") =>
        JsonConvert.SerializeObject(new Dictionary<string, object?>
        {
            ["id"] = name.ToLowerInvariant() + "-id",
            ["user_id"] = user,
            ["client_id"] = type == "normal" ? "https://home-assistant.io/android" : null,
            ["client_name"] = type == "normal" ? null : name,
            ["client_icon"] = null,
            ["token_type"] = type,
            ["created_at"] = created,
            ["access_token_expiration"] = type == "normal" ? 1800.0 : 315360000.0,
            ["token"] = TokenValue,
            ["jwt_key"] = JwtKey,
            ["last_used_at"] = lastUsed,
            ["last_used_ip"] = lastIp,
            ["expire_at"] = type == "normal" ? 1780000000.0 : null,
            ["credential_id"] = null,
            ["version"] = "2026.11.1",
        });
}

using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Tests.HaConfig;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class SecretsHygieneCheckTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_SecretsUsedEverywhere_Passes()
    {
        _folder.Write("configuration.yaml", """
            mqtt:
              password: !secret mqtt_password
            notify:
              - platform: smtp
                password: !env_var SMTP_PASSWORD
                username: me@example.com
            template:
              - sensor:
                  - name: token count
                    state: "{{ states('sensor.token') }}"
            automation: !include automations.yaml
            """).Write("automations.yaml", "- alias: ok\n  action:\n    - service: alarm_control_panel.alarm_disarm\n      data:\n        code: !secret alarm_code\n")
            .Write("secrets.yaml", "mqtt_password: hunter22\nalarm_code: '1234'\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("2 YAML files", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InlineValues_FailWithFileLineAndKeyButNeverTheValue()
    {
        _folder.Write("configuration.yaml", """
            mqtt:
              broker: 192.168.1.2
              password: hunter22
            camera: !include_dir_merge_list cameras
            """)
            .Write("cameras/door.yaml", "- platform: generic\n  stream_source: rtsp://admin:s3cr3t@192.168.1.50/stream\n  telegram_bot_token: 12345:ABCDEF\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        string[] expected = ["cameras/door.yaml:2 stream_source: a URL with a password in it", "cameras/door.yaml:3 telegram_bot_token: written inline", "configuration.yaml:3 password: written inline"];
        Assert.Equal(expected, result.Details.Order(StringComparer.Ordinal));
        // Ids name file and key, not the line: an edit above the line does not make it a new finding.
        Assert.Equal(["secrets_hygiene:inline:cameras/door.yaml:stream_source", "secrets_hygiene:inline:cameras/door.yaml:telegram_bot_token", "secrets_hygiene:inline:configuration.yaml:password"],
            result.Findings.Select(f => f.Id).Order(StringComparer.Ordinal));
        var everything = string.Join(" ", [result.Summary, .. result.Details, result.Remediation, .. result.Findings.Select(f => f.Id + f.Text)]);
        Assert.DoesNotContain("hunter22", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("ABCDEF", everything, StringComparison.Ordinal);
    }

    [Theory]
    // A camera's streams as a list of URLs (generic camera, go2rtc-style lists).
    [InlineData("camera:\n  - platform: generic\n    stream_sources:\n      - rtsp://admin:pw1234@192.168.1.50/stream1\n", "configuration.yaml:4 stream_sources: a URL with a password in it")]
    // A router integration's hosts, each with its login.
    [InlineData("device_tracker:\n  - platform: asuswrt\n    host: 192.168.1.1\n    username: admin\n    password: routerpw\n", "configuration.yaml:5 password: written inline")]
    // A REST sensor whose resource carries the provider's key in its query.
    [InlineData("rest:\n  - resource: https://api.example.com/weather?q=home&api_key=0123456789abcdef\n    sensor:\n      - name: Weather\n", "configuration.yaml:2 resource: a URL with a key or token in it")]
    // Headers of a REST command.
    [InlineData("rest_command:\n  lock:\n    url: https://lock.example.com/api\n    headers:\n      Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x.y\n      x-api-key: abcdef123456\n", "configuration.yaml:5 Authorization: written inline|configuration.yaml:6 x-api-key: written inline")]
    // A list of URLs in a list (media sources, allow-lists).
    [InlineData("homeassistant:\n  allowlist_external_urls:\n    - - http://user:secretpw@nas.local:8080/\n", "configuration.yaml:3 allowlist_external_urls: a URL with a password in it")]
    public async Task RunAsync_SecretsInsideListsOfRealIntegrations_AreFound(string yaml, string expected)
    {
        _folder.Write("configuration.yaml", yaml);

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal(expected.Split('|'), result.Details.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("rest:\n  - resource: https://api.example.com/weather?q=home&api_key={{ states('input_text.key') }}\n")]
    [InlineData("homeassistant:\n  allowlist_external_urls:\n    - http://nas.local:8080/\n    - https://example.com/?page=2\n")]
    [InlineData("sensor:\n  - platform: command_line\n    command: echo hi\n")]
    public async Task RunAsync_ListsWithoutSecrets_Pass(string yaml)
    {
        _folder.Write("configuration.yaml", yaml);

        Assert.Equal(CheckStatus.Pass, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_GitRepositoryWithoutIgnoringSecrets_Warns()
    {
        _folder.Write("configuration.yaml", "mqtt:\n  password: !secret p\n").Write("secrets.yaml", "p: x\n").Write(".git/HEAD", "ref: refs/heads/main\n");

        Assert.Equal(CheckStatus.Warn, (await Run()).Status);

        _folder.Write(".gitignore", "/secrets.yaml\n");
        Assert.Equal(CheckStatus.Pass, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_GitignoreLinksOutsideTheFolder_IsNotReadSoSecretsCountAsExposed()
    {
        File.WriteAllText(Path.Combine(_folder.Parent, "outside-gitignore"), "secrets.yaml\n");
        _folder.Write("configuration.yaml", "mqtt:\n  password: !secret p\n").Write("secrets.yaml", "p: x\n").Write(".git/HEAD", "ref: refs/heads/main\n")
            .Link(".gitignore", Path.Combine(_folder.Parent, "outside-gitignore"));

        Assert.Equal(CheckStatus.Warn, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_GitignoreIsANamedPipe_WarnsWithoutBlocking()
    {
        _folder.Write("configuration.yaml", "mqtt:\n  password: !secret p\n").Write("secrets.yaml", "p: x\n").Write(".git/HEAD", "ref: refs/heads/main\n")
            .Fifo(".gitignore");

        Assert.Equal(CheckStatus.Warn, (await Run().WaitAsync(TestSettings.Timeout)).Status);
    }

    [Fact]
    public async Task RunAsync_BrokenYaml_IsUnavailableWithFileAndLine()
    {
        _folder.Write("configuration.yaml", "mqtt:\n  password: hunter22\nscript: !include scripts.yaml\n").Write("scripts.yaml", "wake:\n  sequence:\n\t- bad tab\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("scripts.yaml:3", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_IncludeLoop_IsUnavailable()
    {
        _folder.Write("configuration.yaml", "a: !include a.yaml\n").Write("a.yaml", "b: !include configuration.yaml\n");

        Assert.Contains("loop", (await Run()).Summary, StringComparison.Ordinal);
    }

    private Task<CheckResult> Run() => new SecretsHygieneCheck(_folder.Snapshot()).RunAsync(CancellationToken.None);
}

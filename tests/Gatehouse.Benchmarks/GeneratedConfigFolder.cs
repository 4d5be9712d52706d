using System.Globalization;

namespace Gatehouse.Benchmarks;

/// <summary>
/// Writes a large but realistic HA config folder: configuration.yaml pulling in packages, automations, scripts and
/// sensors through HA's include-dir tags, the .storage files the checks read, and a www folder of assets.
/// </summary>
internal static class GeneratedConfigFolder
{
    /// <returns>The number of YAML files written (all loaded by HA).</returns>
    public static int Write(string root, int yamlFiles)
    {
        void Put(string relative, string text)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        Put("configuration.yaml", """
            homeassistant:
              name: Home
              packages: !include_dir_named packages
            default_config:
            http:
              ip_ban_enabled: true
              login_attempts_threshold: 5
            automation: !include_dir_merge_list automations
            script: !include_dir_merge_named scripts
            sensor: !include_dir_merge_list sensors
            """);
        Put("secrets.yaml", "db_password: x\n");
        var rest = yamlFiles - 1;
        var kinds = new (string Folder, Func<int, string> Content)[]
        {
            ("automations", Automation), ("scripts", Script), ("sensors", Sensor), ("packages", Package),
        };
        for (var i = 0; i < rest; i++)
        {
            var (folder, content) = kinds[i % kinds.Length];
            Put($"{folder}/{(i / 100).ToString("00", CultureInfo.InvariantCulture)}/{folder}_{i:0000}.yaml", content(i));
        }

        Put(".storage/auth", """{"version":1,"key":"auth","data":{"users":[{"id":"a","group_ids":["system-admin"],"is_owner":true,"is_active":true,"name":"Alice","system_generated":false},{"id":"b","group_ids":["system-users"],"is_owner":false,"is_active":true,"name":"Bob","system_generated":false}],"refresh_tokens":[]}}""");
        Put(".storage/auth_module.totp", """{"version":1,"key":"auth_module.totp","data":{"users":{"a":"X","b":"Y"}}}""");
        Put(".storage/core.config", """{"version":1,"key":"core.config","data":{"location_name":"Home","latitude":52.3731,"longitude":4.8922}}""");
        for (var i = 0; i < 500; i++)
        {
            Put($"www/community/card{i % 25}/file{i}.js", "console.log(1);");
        }
        return yamlFiles;
    }

    private static string Automation(int i) => $$"""
        - id: "{{i}}a"
          alias: Automation {{i}} lights on
          trigger:
            - platform: state
              entity_id: binary_sensor.motion_{{i}}
              to: "on"
          condition:
            - condition: sun
              after: sunset
          action:
            - service: light.turn_on
              target:
                entity_id: light.room_{{i}}
              data:
                brightness_pct: 60
        - id: "{{i}}b"
          alias: Automation {{i}} lights off
          trigger:
            - platform: state
              entity_id: binary_sensor.motion_{{i}}
              to: "off"
              for: "00:05:00"
          action:
            - service: light.turn_off
              target:
                entity_id: light.room_{{i}}
        """;

    private static string Script(int i) => $$"""
        scene_{{i}}:
          alias: Scene {{i}}
          sequence:
            - service: light.turn_on
              target:
                area_id: area_{{i}}
            - delay: "00:00:02"
            - service: media_player.volume_set
              data:
                volume_level: 0.3
        """;

    private static string Sensor(int i) => $$$"""
        - platform: template
          sensors:
            power_{{{i}}}:
              friendly_name: Power {{{i}}}
              unit_of_measurement: W
              value_template: "{{ states('sensor.raw_{{{i}}}') | float(0) * 1.0 }}"
        """;

    private static string Package(int i) => $$"""
        input_boolean:
          guest_mode_{{i}}:
            name: Guest mode {{i}}
        influxdb:
          host: 192.168.1.5
          password: !secret db_password
        """;
}

using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>
/// Home Assistant's discovery schema for the four platforms Gatehouse uses, written from HA core's source
/// (homeassistant/components/mqtt: discovery.py TOPIC_MATCHER and _valid_origin_info; schemas.py
/// MQTT_ENTITY_COMMON_SCHEMA, MQTT_ENTITY_DEVICE_INFO_SCHEMA, MQTT_ORIGIN_INFO_SCHEMA; config.py SCHEMA_BASE,
/// MQTT_RO_SCHEMA; sensor.py, binary_sensor.py, button.py, event.py) and the device/state classes of the
/// sensor, binary_sensor, button and event integrations. HA silently drops unknown keys; this schema
/// rejects them, so a misspelt key fails here instead of being ignored in the owner's HA.
/// </summary>
internal static partial class HaDiscoverySchema
{
    private delegate string? Rule(JToken value);

    public static readonly IReadOnlySet<string> SensorDeviceClasses = new HashSet<string>
    {
        "absolute_humidity", "apparent_power", "aqi", "area", "atmospheric_pressure", "battery", "blood_glucose_concentration",
        "carbon_dioxide", "carbon_monoxide", "conductivity", "current", "data_rate", "data_size", "date", "distance",
        "duration", "energy", "energy_distance", "energy_storage", "enum", "frequency", "gas", "humidity", "illuminance",
        "irradiance", "moisture", "monetary", "nitrogen_dioxide", "nitrogen_monoxide", "nitrous_oxide", "ozone", "ph",
        "pm1", "pm10", "pm25", "power", "power_factor", "precipitation", "precipitation_intensity", "pressure",
        "reactive_energy", "reactive_power", "signal_strength", "sound_pressure", "speed", "sulphur_dioxide",
        "temperature", "timestamp", "volatile_organic_compounds", "volatile_organic_compounds_parts", "voltage",
        "volume", "volume_flow_rate", "volume_storage", "water", "weight", "wind_direction", "wind_speed",
    };

    public static readonly IReadOnlySet<string> StateClasses = new HashSet<string> { "measurement", "measurement_angle", "total", "total_increasing" };

    public static readonly IReadOnlySet<string> BinarySensorDeviceClasses = new HashSet<string>
    {
        "battery", "battery_charging", "carbon_monoxide", "cold", "connectivity", "door", "garage_door", "gas", "heat",
        "light", "lock", "moisture", "motion", "moving", "occupancy", "opening", "plug", "power", "presence", "problem",
        "running", "safety", "smoke", "sound", "tamper", "update", "vibration", "window",
    };

    public static readonly IReadOnlySet<string> ButtonDeviceClasses = new HashSet<string> { "identify", "restart", "update" };

    public static readonly IReadOnlySet<string> EventDeviceClasses = new HashSet<string> { "button", "doorbell", "motion" };

    // discovery.py: only these components are subscribed under <prefix>/<component>/[<node_id>/]<object_id>/config.
    [GeneratedRegex("^(?<component>\\w+)/(?:(?<node>[a-zA-Z0-9_-]+)/)?(?<object>[a-zA-Z0-9_-]+)/config$")]
    private static partial Regex TopicMatcher();

    [GeneratedRegex("^[a-z0-9_]+\\.[a-z0-9_]+$")]
    private static partial Regex EntityId();

    private static readonly Dictionary<string, Rule> Common = new()
    {
        // config.py SCHEMA_BASE
        ["qos"] = v => v.Type == JTokenType.Integer && (int)v is >= 0 and <= 2 ? null : "must be 0, 1 or 2",
        ["encoding"] = String,
        // schemas.py availability (single topic form; the list form is not used together with it)
        ["availability_topic"] = SubscribeTopic,
        ["availability_template"] = String,
        ["payload_available"] = String,
        ["payload_not_available"] = String,
        // schemas.py MQTT_ENTITY_COMMON_SCHEMA
        ["device"] = Device,
        ["origin"] = Origin,
        ["entity_picture"] = Url,
        ["enabled_by_default"] = Boolean,
        ["entity_category"] = v => OneOf(v, new HashSet<string> { "config", "diagnostic" }),
        ["icon"] = v => v.Type == JTokenType.String && ((string)v!).Contains(':', StringComparison.Ordinal) ? null : "must be an icon like mdi:name",
        ["json_attributes_topic"] = SubscribeTopic,
        ["json_attributes_template"] = String,
        ["default_entity_id"] = String,
        ["unique_id"] = String,
        ["visible_by_default"] = Boolean,
        ["name"] = NullableString,
    };

    private static readonly Dictionary<string, (Dictionary<string, Rule> Keys, string[] Required)> Platforms = new()
    {
        ["sensor"] = (new()
        {
            ["state_topic"] = SubscribeTopic,
            ["value_template"] = String,
            ["device_class"] = v => v.Type == JTokenType.Null ? null : OneOf(v, SensorDeviceClasses),
            ["expire_after"] = NonNegativeInteger,
            ["force_update"] = Boolean,
            ["last_reset_value_template"] = String,
            ["options"] = v => v is JArray { Count: > 0 } ? null : "must be a non-empty list",
            ["suggested_display_precision"] = NonNegativeInteger,
            ["state_class"] = v => v.Type == JTokenType.Null ? null : OneOf(v, StateClasses),
            ["unit_of_measurement"] = NullableString,
        }, ["state_topic"]),
        ["binary_sensor"] = (new()
        {
            ["state_topic"] = SubscribeTopic,
            ["value_template"] = String,
            ["device_class"] = v => v.Type == JTokenType.Null ? null : OneOf(v, BinarySensorDeviceClasses),
            ["expire_after"] = NonNegativeInteger,
            ["force_update"] = Boolean,
            ["off_delay"] = NonNegativeInteger,
            ["payload_on"] = String,
            ["payload_off"] = String,
        }, ["state_topic"]),
        ["button"] = (new()
        {
            ["command_topic"] = PublishTopic,
            ["command_template"] = String,
            ["device_class"] = v => v.Type == JTokenType.Null ? null : OneOf(v, ButtonDeviceClasses),
            ["payload_press"] = String,
            ["retain"] = Boolean,
        }, ["command_topic"]),
        ["event"] = (new()
        {
            ["state_topic"] = SubscribeTopic,
            ["value_template"] = String,
            ["device_class"] = v => OneOf(v, EventDeviceClasses),
            ["event_types"] = v => v is JArray { Count: > 0 } list && list.All(e => e.Type == JTokenType.String) ? null : "must be a non-empty list of strings",
        }, ["state_topic", "event_types"]),
    };

    /// <summary>Every way <paramref name="config"/>, published at <paramref name="topic"/>, breaks HA's schema (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(string prefix, string topic, JObject config)
    {
        var problems = new List<string>();
        if (!topic.StartsWith(prefix + "/", StringComparison.Ordinal) || TopicMatcher().Match(topic[(prefix.Length + 1)..]) is not { Success: true } match)
        {
            return [$"topic {topic} does not match HA's discovery topic pattern"];
        }
        var component = match.Groups["component"].Value;
        if (!Platforms.TryGetValue(component, out var platform))
        {
            return [$"component {component} is not one Gatehouse should use"];
        }
        foreach (var required in platform.Required.Where(k => config[k] is null))
        {
            problems.Add($"required key {required} is missing");
        }
        foreach (var property in config.Properties())
        {
            var rule = platform.Keys.GetValueOrDefault(property.Name) ?? Common.GetValueOrDefault(property.Name);
            if (rule is null)
            {
                problems.Add($"{property.Name} is not a {component} option");
            }
            else if (rule(property.Value) is { } problem)
            {
                problems.Add($"{property.Name}: {problem}");
            }
        }
        problems.AddRange(CrossChecks(component, config));
        return problems;
    }

    private static IEnumerable<string> CrossChecks(string component, JObject config)
    {
        // Entities without unique_id are not restored after an HA restart, and the device block needs one.
        if (config["unique_id"] is null)
        {
            yield return "unique_id is missing";
        }
        // object_id was removed in HA 2026.4; default_entity_id is a full entity id of the same domain.
        if (config["default_entity_id"] is not { } entityId || !EntityId().IsMatch((string)entityId!) || !((string)entityId!).StartsWith(component + ".", StringComparison.Ordinal))
        {
            yield return $"default_entity_id must be a {component}.<id> entity id";
        }
        if (config["origin"] is null)
        {
            yield return "origin is missing";
        }
        if (component == "sensor")
        {
            // sensor integration: a sensor cannot be a config entity; a timestamp has no state class or unit.
            if ((string?)config["entity_category"] == "config")
            {
                yield return "a sensor's entity_category cannot be config";
            }
            if ((string?)config["device_class"] == "timestamp" && (config["state_class"] is not null || config["unit_of_measurement"] is not null))
            {
                yield return "a timestamp sensor takes neither state_class nor unit_of_measurement";
            }
            if (config["options"] is not null && (string?)config["device_class"] != "enum")
            {
                yield return "options need device_class enum";
            }
        }
    }

    private static string? String(JToken value) => value.Type == JTokenType.String ? null : "must be a string";

    private static string? NullableString(JToken value) => value.Type is JTokenType.String or JTokenType.Null ? null : "must be a string or null";

    private static string? Boolean(JToken value) => value.Type == JTokenType.Boolean ? null : "must be true or false";

    private static string? NonNegativeInteger(JToken value) => value.Type == JTokenType.Integer && (long)value >= 0 ? null : "must be a whole number >= 0";

    private static string? OneOf(JToken value, IReadOnlySet<string> allowed) =>
        value.Type == JTokenType.String && allowed.Contains((string)value!) ? null : $"'{value}' is not one of {string.Join(", ", allowed)}";

    private static string? SubscribeTopic(JToken value) =>
        value.Type == JTokenType.String && ((string)value!).Length > 0 && !((string)value!).Contains('\0', StringComparison.Ordinal) ? null : "must be a topic";

    private static string? PublishTopic(JToken value) =>
        SubscribeTopic(value) ?? (((string)value!).IndexOfAny(['+', '#']) < 0 ? null : "a command topic cannot hold wildcards");

    // cv.configuration_url: http(s) URLs or HA's internal homeassistant:// links.
    private static string? Url(JToken value) =>
        value.Type == JTokenType.String && Uri.TryCreate((string)value!, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "homeassistant"
            ? null
            : "must be an http(s) or homeassistant:// URL";

    private static string? Device(JToken value)
    {
        if (value is not JObject device)
        {
            return "must be an object";
        }
        var allowed = new HashSet<string>
        {
            "identifiers", "connections", "manufacturer", "model", "model_id", "name", "hw_version", "serial_number",
            "sw_version", "via_device", "suggested_area", "configuration_url",
        };
        if (device.Properties().FirstOrDefault(p => !allowed.Contains(p.Name)) is { } unknown)
        {
            return $"{unknown.Name} is not a device option";
        }
        if (device["identifiers"] is not JArray { Count: > 0 } ids || ids.Any(i => i.Type != JTokenType.String))
        {
            return "needs identifiers: a non-empty list of strings";
        }
        if (device["configuration_url"] is { } url && Url(url) is { } problem)
        {
            return "configuration_url " + problem;
        }
        var strings = new[] { "manufacturer", "model", "name", "sw_version" };
        return strings.FirstOrDefault(k => device[k] is { } v && v.Type != JTokenType.String) is { } bad ? $"{bad} must be a string" : null;
    }

    // MQTT_ORIGIN_INFO_SCHEMA: an invalid origin makes HA drop the whole discovery message.
    private static string? Origin(JToken value)
    {
        if (value is not JObject origin)
        {
            return "must be an object";
        }
        if (origin.Properties().FirstOrDefault(p => p.Name is not ("name" or "sw_version" or "support_url")) is { } unknown)
        {
            return $"{unknown.Name} is not an origin option";
        }
        if (origin["name"] is not { Type: JTokenType.String })
        {
            return "needs a name";
        }
        return origin["support_url"] is { } url ? Url(url) : null;
    }
}

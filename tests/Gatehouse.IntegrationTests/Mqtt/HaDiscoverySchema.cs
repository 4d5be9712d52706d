using System.Text.RegularExpressions;
using Gatehouse.HomeAssistant.Compatibility;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>
/// Home Assistant's discovery schema for the four platforms Gatehouse uses, written from HA core's source
/// (homeassistant/components/mqtt: discovery.py TOPIC_MATCHER and _valid_origin_info; schemas.py
/// MQTT_ENTITY_COMMON_SCHEMA, MQTT_ENTITY_DEVICE_INFO_SCHEMA, MQTT_ORIGIN_INFO_SCHEMA; config.py SCHEMA_BASE,
/// MQTT_RO_SCHEMA; sensor.py, binary_sensor.py, button.py, event.py) and the device/state classes of the
/// sensor, binary_sensor, button and event integrations, per release where they changed. HA silently drops unknown
/// keys (<c>extra=vol.REMOVE_EXTRA</c>); this schema rejects them, and rejects keys the given release does not read,
/// so a misspelt key, or one sent to a release too old or too new for it, fails here instead of being ignored in the
/// owner's HA. <see cref="EntityId"/> says which entity id that release gives the config.
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
    private static partial Regex FullEntityId();

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
        ["object_id"] = String,
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

    /// <summary>
    /// Keys only some releases read (From inclusive, Until exclusive): <c>object_id</c> 2021.12 until its removal in
    /// 2026.4 (core PR #164460), <c>default_entity_id</c> from 2025.10 (PR #151775), <c>origin</c> from 2023.9 (PR #98782).
    /// </summary>
    private static readonly Dictionary<string, (HaRelease? From, HaRelease? Until)> ReleaseBound = new()
    {
        ["object_id"] = (null, new HaRelease(2026, 4)),
        ["default_entity_id"] = (new HaRelease(2025, 10), null),
        ["origin"] = (new HaRelease(2023, 9), null),
    };

    /// <summary>The MQTT event platform (core PR #96876); before it discovery logs "Integration event is not supported".</summary>
    private static readonly HaRelease EventPlatform = new(2023, 8);

    /// <summary>configuration_url took homeassistant:// links in 2023.8 (core PR #96107); before, cv.url (http and https).</summary>
    private static readonly HaRelease HomeAssistantLinks = new(2023, 8);

    /// <summary>object_id without default_entity_id logs a deprecation warning from 2025.10 until it is ignored in 2026.4.</summary>
    private static readonly HaRelease ObjectIdDeprecated = new(2025, 10);

    /// <summary>MQTT entities take has_entity_name (core PR #95159): the device name prefixes the name.</summary>
    private static readonly HaRelease EntityNaming = new(2023, 8);

    /// <summary>The newest release these rules are written for.</summary>
    public static readonly HaRelease Newest = new(2026, 12);

    /// <summary>Every way <paramref name="config"/>, published at <paramref name="topic"/>, breaks the schema of <paramref name="release"/> (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(HaRelease release, string prefix, string topic, JObject config)
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
        if (component == "event" && release < EventPlatform)
        {
            return [$"HA {release} has no MQTT event platform: it logs 'Integration event is not supported'"];
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
            else if (ReleaseBound.TryGetValue(property.Name, out var bound) && (release < bound.From || release >= bound.Until))
            {
                problems.Add($"HA {release} does not read {property.Name}: it drops it silently");
            }
            else if (rule(property.Value) is { } problem)
            {
                problems.Add($"{property.Name}: {problem}");
            }
        }
        problems.AddRange(CrossChecks(component, config));
        if (release < HomeAssistantLinks && (string?)config["device"]?["configuration_url"] is { } link && link.StartsWith("homeassistant:", StringComparison.Ordinal))
        {
            problems.Add($"HA {release} takes only http(s) configuration_url links: it rejects the whole config");
        }
        if (release >= ObjectIdDeprecated && release < ReleaseBound["object_id"].Until && config["object_id"] is not null && config["default_entity_id"] is null)
        {
            problems.Add($"object_id without default_entity_id logs a deprecation warning in HA {release}");
        }
        return problems;
    }

    /// <summary>
    /// The entity id <paramref name="release"/> gives <paramref name="config"/> when it first registers it
    /// (mqtt/entity.py <c>_init_entity_id</c>): the id key that release reads, else one made from the names.
    /// </summary>
    public static string EntityId(HaRelease release, string component, JObject config)
    {
        if (release >= ObjectIdDeprecated && (string?)config["default_entity_id"] is { } defaultEntityId)
        {
            // Only the part after the first dot counts; the domain is the platform's.
            return $"{component}.{Slugify(defaultEntityId[(defaultEntityId.IndexOf('.', StringComparison.Ordinal) + 1)..])}";
        }
        if (release < ReleaseBound["object_id"].Until && (string?)config["object_id"] is { } objectId)
        {
            return $"{component}.{Slugify(objectId)}";
        }
        var name = (string?)config["name"] ?? "";
        var device = (string?)config["device"]?["name"];
        return $"{component}.{Slugify(release >= EntityNaming && device is not null ? $"{device} {name}" : name)}";
    }

    // homeassistant.util.slugify with "_": lower case, runs of anything else than a-z and 0-9 become one "_".
    private static string Slugify(string text) => NotSlug().Replace(text.ToLowerInvariant(), "_").Trim('_');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    private static IEnumerable<string> CrossChecks(string component, JObject config)
    {
        // Entities without unique_id are not restored after an HA restart, and the device block needs one.
        if (config["unique_id"] is null)
        {
            yield return "unique_id is missing";
        }
        // default_entity_id is a full entity id of the entity's own domain.
        if (config["default_entity_id"] is { } entityId && (!FullEntityId().IsMatch((string)entityId!) || !((string)entityId!).StartsWith(component + ".", StringComparison.Ordinal)))
        {
            yield return $"default_entity_id must be a {component}.<id> entity id";
        }
        if (config["default_entity_id"] is null && config["object_id"] is null)
        {
            yield return "no entity id key: HA makes the id from the names";
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

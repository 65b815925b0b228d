namespace Claims.Web.Infrastructure.Seeding.Demo;

public enum PositionKind { Panel, Structure, Trim, Lamp, Glass, Mechanical, Electronic, Safety }

/// <summary>A part position with its usual part, the part's 4S price as a share of the new-car price (with a floor), and replace hours.</summary>
public sealed record DemoPartPosition(string Code, string PartName, PositionKind Kind, decimal PriceShare, decimal MinPrice, decimal ReplaceHours, decimal PaintHours)
{
    public bool Repairable => Kind is PositionKind.Panel or PositionKind.Structure or PositionKind.Trim or PositionKind.Mechanical;
}

public static class DemoPartPositions
{
    private static DemoPartPosition P(string code, string name, PositionKind kind, decimal pct, decimal min, decimal hours, decimal paint = 0m) =>
        new(code, name, kind, pct / 100m, min, hours, paint);

    private static IEnumerable<DemoPartPosition> Pair(string code, string name, PositionKind kind, decimal pct, decimal min, decimal hours, decimal paint = 0m) =>
    [
        P(code + "_L", name + ", left", kind, pct, min, hours, paint),
        P(code + "_R", name + ", right", kind, pct, min, hours, paint),
    ];

    public static readonly IReadOnlyList<DemoPartPosition> All =
    [
        P("BUMPER_FRONT", "Front bumper cover", PositionKind.Panel, 0.9m, 600, 1.5m, 3.0m),
        P("BUMPER_FRONT_REINF", "Front bumper reinforcement", PositionKind.Structure, 0.35m, 300, 1.5m),
        P("BUMPER_FRONT_ABSORBER", "Front bumper energy absorber", PositionKind.Trim, 0.1m, 80, 0.8m),
        .. Pair("BUMPER_FRONT_BRKT", "Front bumper bracket", PositionKind.Trim, 0.03m, 40, 0.3m),
        P("GRILLE", "Radiator grille", PositionKind.Trim, 0.4m, 250, 0.5m),
        P("GRILLE_LOWER", "Lower grille", PositionKind.Trim, 0.15m, 120, 0.4m),
        P("EMBLEM_FRONT", "Front emblem", PositionKind.Trim, 0.05m, 60, 0.2m),
        .. Pair("HEADLAMP", "Headlamp assembly", PositionKind.Lamp, 1.6m, 600, 0.8m),
        .. Pair("FOGLAMP", "Front fog lamp", PositionKind.Lamp, 0.15m, 80, 0.4m),
        P("BONNET", "Bonnet", PositionKind.Panel, 1.2m, 900, 1.2m, 4.0m),
        .. Pair("BONNET_HINGE", "Bonnet hinge", PositionKind.Mechanical, 0.04m, 50, 0.6m),
        P("BONNET_LATCH", "Bonnet latch", PositionKind.Mechanical, 0.05m, 60, 0.5m),
        P("BONNET_INSULATOR", "Bonnet insulator pad", PositionKind.Trim, 0.04m, 60, 0.3m),
        .. Pair("FENDER_FRONT", "Front wing", PositionKind.Panel, 0.6m, 400, 1.5m, 3.0m),
        .. Pair("ARCH_LINER_FRONT", "Front wheel-arch liner", PositionKind.Trim, 0.06m, 60, 0.5m),
        P("RADIATOR", "Radiator", PositionKind.Mechanical, 0.5m, 400, 2.0m),
        P("CONDENSER", "A/C condenser", PositionKind.Mechanical, 0.45m, 400, 2.5m),
        P("RADIATOR_SUPPORT", "Radiator support (front-end carrier)", PositionKind.Structure, 0.7m, 500, 4.0m, 2.0m),
        P("COOLING_FAN", "Cooling fan assembly", PositionKind.Mechanical, 0.35m, 300, 1.2m),
        P("INTERCOOLER", "Intercooler", PositionKind.Mechanical, 0.3m, 300, 1.5m),
        P("HORN", "Horn", PositionKind.Electronic, 0.02m, 40, 0.3m),
        P("WASHER_RESERVOIR", "Washer fluid reservoir", PositionKind.Mechanical, 0.04m, 50, 0.8m),
        P("CAMERA_FRONT", "Front camera", PositionKind.Electronic, 0.25m, 200, 0.6m),
        P("RADAR_FRONT", "Front radar sensor", PositionKind.Electronic, 0.8m, 800, 1.0m),
        P("PARK_SENSOR_FRONT", "Front parking sensor", PositionKind.Electronic, 0.03m, 60, 0.5m),
        .. Pair("APRON_FRONT", "Front inner wing (apron)", PositionKind.Structure, 0.5m, 400, 6.0m, 2.0m),
        .. Pair("RAIL_FRONT", "Front chassis rail", PositionKind.Structure, 0.45m, 350, 8.0m, 1.5m),
        P("WINDSCREEN", "Windscreen", PositionKind.Glass, 0.6m, 500, 2.0m),
        .. Pair("WIPER_ARM", "Wiper arm", PositionKind.Mechanical, 0.03m, 40, 0.2m),
        P("WIPER_MOTOR", "Wiper motor and linkage", PositionKind.Mechanical, 0.12m, 150, 1.0m),
        P("COWL_PANEL", "Cowl top panel", PositionKind.Trim, 0.06m, 60, 0.6m),
        .. Pair("A_PILLAR", "A-pillar", PositionKind.Structure, 0.4m, 300, 10.0m, 2.5m),
        P("ROOF_PANEL", "Roof panel", PositionKind.Panel, 0.9m, 700, 12.0m, 4.5m),
        P("SUNROOF_GLASS", "Sunroof glass", PositionKind.Glass, 0.6m, 600, 2.0m),
        .. Pair("ROOF_RAIL", "Roof rail", PositionKind.Trim, 0.1m, 100, 0.8m),
        .. Pair("DOOR_FRONT", "Front door shell", PositionKind.Panel, 1.0m, 800, 2.5m, 3.5m),
        .. Pair("DOOR_REAR", "Rear door shell", PositionKind.Panel, 0.9m, 700, 2.5m, 3.5m),
        .. Pair("DOOR_GLASS_FRONT", "Front door glass", PositionKind.Glass, 0.1m, 150, 1.0m),
        .. Pair("DOOR_GLASS_REAR", "Rear door glass", PositionKind.Glass, 0.09m, 130, 1.0m),
        .. Pair("MIRROR", "Door mirror assembly", PositionKind.Electronic, 0.5m, 300, 0.6m, 1.0m),
        .. Pair("MIRROR_GLASS", "Door mirror glass", PositionKind.Glass, 0.05m, 60, 0.2m),
        .. Pair("DOOR_HANDLE_FRONT", "Front door outer handle", PositionKind.Trim, 0.05m, 50, 0.5m, 0.8m),
        .. Pair("WINDOW_REGULATOR_FRONT", "Front window regulator", PositionKind.Mechanical, 0.08m, 100, 1.0m),
        .. Pair("DOOR_TRIM_FRONT", "Front door trim panel", PositionKind.Trim, 0.15m, 150, 0.5m),
        .. Pair("SILL", "Side sill panel", PositionKind.Structure, 0.35m, 300, 6.0m, 2.5m),
        .. Pair("B_PILLAR", "B-pillar", PositionKind.Structure, 0.35m, 300, 10.0m, 2.0m),
        P("BUMPER_REAR", "Rear bumper cover", PositionKind.Panel, 0.85m, 550, 1.5m, 3.0m),
        P("BUMPER_REAR_REINF", "Rear bumper reinforcement", PositionKind.Structure, 0.3m, 250, 1.2m),
        P("BUMPER_REAR_ABSORBER", "Rear bumper energy absorber", PositionKind.Trim, 0.08m, 70, 0.6m),
        .. Pair("TAIL_LAMP", "Tail lamp", PositionKind.Lamp, 0.7m, 300, 0.5m),
        .. Pair("TAIL_LAMP_INNER", "Inner tail lamp", PositionKind.Lamp, 0.4m, 200, 0.4m),
        P("TAILGATE", "Tailgate", PositionKind.Panel, 1.1m, 900, 2.0m, 4.0m),
        P("REAR_SCREEN", "Rear windscreen", PositionKind.Glass, 0.35m, 350, 1.8m),
        .. Pair("TAILGATE_STRUT", "Tailgate gas strut", PositionKind.Mechanical, 0.03m, 50, 0.3m),
        .. Pair("QUARTER_PANEL", "Rear quarter panel", PositionKind.Panel, 0.7m, 500, 12.0m, 3.5m),
        P("REAR_PANEL", "Rear end panel", PositionKind.Structure, 0.3m, 250, 6.0m, 2.0m),
        P("BOOT_FLOOR", "Boot floor panel", PositionKind.Structure, 0.35m, 300, 8.0m, 2.0m),
        P("CAMERA_REAR", "Reversing camera", PositionKind.Electronic, 0.2m, 150, 0.6m),
        P("PARK_SENSOR_REAR", "Rear parking sensor", PositionKind.Electronic, 0.03m, 60, 0.5m, 0.5m),
        P("EXHAUST_TAIL", "Exhaust tail pipe", PositionKind.Mechanical, 0.1m, 100, 0.8m),
        .. Pair("ARCH_LINER_REAR", "Rear wheel-arch liner", PositionKind.Trim, 0.05m, 50, 0.5m),
        .. Pair("WHEEL_FRONT", "Alloy wheel, front", PositionKind.Mechanical, 0.45m, 400, 0.5m),
        .. Pair("TYRE_FRONT", "Tyre, front", PositionKind.Mechanical, 0.15m, 300, 0.4m),
        .. Pair("CONTROL_ARM_FRONT", "Front lower control arm", PositionKind.Mechanical, 0.15m, 200, 1.2m),
        .. Pair("STRUT_FRONT", "Front shock absorber strut", PositionKind.Mechanical, 0.2m, 250, 1.5m),
        .. Pair("KNUCKLE_FRONT", "Front steering knuckle", PositionKind.Mechanical, 0.15m, 250, 2.0m),
        .. Pair("TIE_ROD_END", "Tie-rod end", PositionKind.Mechanical, 0.03m, 60, 0.8m),
        P("SUBFRAME_FRONT", "Front subframe", PositionKind.Structure, 0.5m, 600, 4.0m),
        P("AIRBAG_DRIVER", "Driver airbag module", PositionKind.Safety, 0.5m, 600, 0.8m),
        P("AIRBAG_PASSENGER", "Passenger airbag module", PositionKind.Safety, 0.6m, 700, 1.5m),
        .. Pair("AIRBAG_CURTAIN", "Curtain airbag", PositionKind.Safety, 0.35m, 500, 3.0m),
        .. Pair("SEATBELT_FRONT", "Front seat belt with pretensioner", PositionKind.Safety, 0.12m, 200, 1.0m),
        P("DASHBOARD", "Instrument panel", PositionKind.Trim, 1.2m, 1500, 8.0m),
        P("AIRBAG_ECU", "Airbag control unit", PositionKind.Safety, 0.2m, 400, 1.0m),
    ];
}

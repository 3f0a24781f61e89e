;FLAVOR:Marlin
;TIME:49
;Filament used: 0.413716m
;Layer height: 1
;MINX:-38.5
;MINY:-38.5
;MINZ:1.3
;MAXX:38.5
;MAXY:38.5
;MAXZ:1.3
;Generated with Cura_SteamEngine 4.10.0
M82 ;absolute extrusion mode

G92 E0
G92 E0
;LAYER_COUNT:1
;LAYER:0
M107
;MESH:hex.stl
G0 F360 X15.947 Y-38.5 Z1.3
;TYPE:WALL-OUTER
G1 X38.5 Y-15.947 E51.71517
G1 X38.5 Y15.947 E103.42911
G1 X15.947 Y38.5 E155.14428
G1 X-15.947 Y38.5 E206.85822
G1 X-38.5 Y15.947 E258.57338
G1 X-38.5 Y-15.947 E310.28732
G1 X-15.947 Y-38.5 E362.00249
G1 X15.947 Y-38.5 E413.71643
G0 X16.088 Y-38.359
;TIME_ELAPSED:49.650425

M82 ;absolute extrusion mode
;End of Gcode
;SETTING_3 {"global_quality": "[general]\\nversion = 4\\nname = Cura_Profil_dEBA
;SETTING_3 M\\ndefinition = custom\\n\\n[metadata]\\nsetting_version = 17\\nqual
;SETTING_3 ity_type = normal\\ntype = quality_changes\\n\\n[values]\\nadhesion_t
;SETTING_3 ype = none\\nlayer_height = 1\\nlayer_height_0 = 1.3\\nmachine_max_ac
;SETTING_3 celeration_e = 20\\nmachine_max_acceleration_x = 50\\nmachine_max_acc
;SETTING_3 eleration_y = 50\\nmachine_max_acceleration_z = 50\\nmachine_max_feed
;SETTING_3 rate_e = 20\\nmachine_name = EBA\\nmachine_use_extruder_offset_to_off
;SETTING_3 set_coords = False\\nmaterial_bed_temp_wait = False\\nmaterial_print_
;SETTING_3 temp_wait = False\\nretraction_combing = off\\nspeed_slowdown_layers 
;SETTING_3 = 0\\n\\n", "extruder_quality": ["[general]\\nversion = 4\\nname = Cu
;SETTING_3 ra_Profil_dEBAM\\ndefinition = custom\\n\\n[metadata]\\nintent_catego
;SETTING_3 ry = default\\nposition = 0\\nsetting_version = 17\\nquality_type = n
;SETTING_3 ormal\\ntype = quality_changes\\n\\n[values]\\nbottom_layers = 0\\nco
;SETTING_3 ol_fan_enabled = False\\nfill_perimeter_gaps = nowhere\\ninfill_angle
;SETTING_3 s = [90,0]\\ninfill_line_distance = =0 if infill_sparse_density == 0 
;SETTING_3 else (infill_line_width * 100) / infill_sparse_density * (2 if infill
;SETTING_3 _pattern == 'grid' else (3 if infill_pattern == 'triangles' or infill
;SETTING_3 _pattern == 'trihexagon' or infill_pattern == 'cubic' or infill_patte
;SETTING_3 rn == 'cubicsubdiv' else (2 if infill_pattern == 'tetrahedral' or inf
;SETTING_3 ill_pattern == 'quarter_cubic' else (1 if infill_pattern == 'cross' o
;SETTING_3 r infill_pattern == 'cross_3d' else 1))))\\ninfill_pattern = zigzag\\
;SETTING_3 ninfill_sparse_density = 0\\ninitial_bottom_layers = 0\\nlayer_start_
;SETTING_3 x = 0\\nlayer_start_y = 0\\nline_width = 3\\nmachine_heat_zone_length
;SETTING_3  = 0\\nmachine_nozzle_temp_enabled = False\\nmachine_nozzle_tip_outer
;SETTING_3 _diameter = 1.6\\nmaterial_final_print_temperature = 0\\nmaterial_ini
;SETTING_3 tial_print_temperature = 0\\noptimize_wall_printing_order = True\\nre
;SETTING_3 traction_enable = False\\nsmall_feature_speed_factor = 100\\nspeed_la
;SETTING_3 yer_0 = 6\\nspeed_print = 6\\nspeed_topbottom = 20\\nspeed_travel = 6
;SETTING_3 \\nspeed_travel_layer_0 = 6\\nspeed_wall = 6\\nspeed_wall_x = 6\\ntop
;SETTING_3 _layers = 0\\ntravel_avoid_distance = 1\\nwall_line_count = 1\\nwall_
;SETTING_3 thickness = 3\\n\\n"]}

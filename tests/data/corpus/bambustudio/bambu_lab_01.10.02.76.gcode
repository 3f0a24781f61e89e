; HEADER_BLOCK_START
; BambuStudio 01.10.02.76
; estimated printing time (normal mode) = 13m 5s
; total layer number: 25
; total filament length [mm] : 1503.61
; total filament volume [cm^3] : 3616.61
; total filament weight [g] : 4.48
; filament_density: 1.24
; filament_diameter: 1.75
; max_z_height: 5.00
; HEADER_BLOCK_END

; CONFIG_BLOCK_START
; accel_to_decel_enable = 0
; accel_to_decel_factor = 50%
; activate_air_filtration = 0
; additional_cooling_fan_speed = 70
; auxiliary_fan = 0
; bed_custom_model = 
; bed_custom_texture = 
; bed_exclude_area = 0x0
; before_layer_change_gcode = 
; best_object_pos = 0.5,0.5
; bottom_shell_layers = 3
; bottom_shell_thickness = 0
; bottom_surface_pattern = monotonic
; bridge_angle = 0
; bridge_flow = 1
; bridge_no_support = 0
; bridge_speed = 50
; brim_object_gap = 0.1
; brim_type = auto_brim
; brim_width = 5
; chamber_temperatures = 0
; change_filament_gcode = 
; close_fan_the_first_x_layers = 1
; complete_print_exhaust_fan_speed = 80
; cool_plate_temp = 60
; cool_plate_temp_initial_layer = 60
; curr_bed_type = High Temp Plate
; default_acceleration = 10000
; default_filament_colour = ""
; default_filament_profile = "Generic PLA @Creality"
; default_jerk = 0
; default_print_profile = 0.20mm Standard @Creality K1Max 0.4 nozzle
; deretraction_speed = 40
; detect_narrow_internal_solid_infill = 1
; detect_overhang_wall = 1
; detect_thin_wall = 0
; draft_shield = disabled
; during_print_exhaust_fan_speed = 60
; elefant_foot_compensation = 0.15
; enable_arc_fitting = 1
; enable_long_retraction_when_cut = 0
; enable_overhang_bridge_fan = 1
; enable_overhang_speed = 1
; enable_pressure_advance = 0
; enable_prime_tower = 0
; enable_support = 0
; enforce_support_layers = 0
; eng_plate_temp = 60
; eng_plate_temp_initial_layer = 60
; ensure_vertical_shell_thickness = 1
; exclude_object = 1
; extruder_clearance_dist_to_rod = 47
; extruder_clearance_height_to_lid = 34
; extruder_clearance_height_to_rod = 34
; extruder_clearance_max_radius = 65
; extruder_colour = #FCE94F
; extruder_offset = 0x0
; extruder_type = DirectDrive
; fan_cooling_layer_time = 100
; fan_max_speed = 100
; fan_min_speed = 100
; filament_colour = #00AE42
; filament_cost = 20
; filament_density = 1.24
; filament_diameter = 1.75
; filament_end_gcode = "; filament end gcode \n"
; filament_flow_ratio = 0.98
; filament_ids = GFL99
; filament_is_support = 0
; filament_max_volumetric_speed = 12
; filament_minimal_purge_on_wipe_tower = 15
; filament_notes = 
; filament_scarf_gap = 0
; filament_scarf_height = 0%
; filament_scarf_length = 10
; filament_scarf_seam_type = none
; filament_settings_id = "Generic PLA @Creality"
; filament_shrink = 100%
; filament_soluble = 0
; filament_start_gcode = "; filament start gcode\n"
; filament_type = PLA
; filament_vendor = Generic
; filename_format = {input_filename_base}_{filament_type[0]}_{print_time}.gcode
; filter_out_gap_fill = 0
; first_layer_print_sequence = 0
; flush_into_infill = 0
; flush_into_objects = 0
; flush_into_support = 1
; flush_multiplier = 1
; flush_volumes_matrix = 0
; flush_volumes_vector = 140,140
; full_fan_speed_layer = 0
; fuzzy_skin = none
; fuzzy_skin_point_distance = 0.8
; fuzzy_skin_thickness = 0.3
; gap_infill_speed = 250
; gcode_add_line_number = 0
; gcode_flavor = klipper
; has_scarf_joint_seam = 0
; head_wrap_detect_zone = 
; host_type = octoprint
; hot_plate_temp = 60
; hot_plate_temp_initial_layer = 60
; independent_support_layer_height = 1
; infill_combination = 0
; infill_direction = 45
; infill_jerk = 9
; infill_wall_overlap = 15%
; initial_layer_acceleration = 500
; initial_layer_flow_ratio = 1
; initial_layer_infill_speed = 105
; initial_layer_jerk = 9
; initial_layer_line_width = 0.5
; initial_layer_print_height = 0.2
; initial_layer_speed = 50
; inner_wall_acceleration = 5000
; inner_wall_jerk = 9
; inner_wall_line_width = 0.45
; inner_wall_speed = 300
; interface_shells = 0
; internal_bridge_support_thickness = 0.8
; internal_solid_infill_line_width = 0.42
; internal_solid_infill_pattern = zig-zag
; internal_solid_infill_speed = 250
; ironing_direction = 45
; ironing_flow = 10%
; ironing_inset = 0
; ironing_pattern = zig-zag
; ironing_spacing = 0.15
; ironing_speed = 30
; ironing_type = no ironing
; is_infill_first = 0
; layer_change_gcode = 
; layer_height = 0.2
; line_width = 0.42
; long_retractions_when_cut = 0
; machine_end_gcode = END_PRINT
; machine_load_filament_time = 0
; machine_max_acceleration_e = 5000,5000
; machine_max_acceleration_extruding = 20000,20000
; machine_max_acceleration_retracting = 5000,5000
; machine_max_acceleration_travel = 9000,9000
; machine_max_acceleration_x = 20000,20000
; machine_max_acceleration_y = 20000,20000
; machine_max_acceleration_z = 500,500
; machine_max_jerk_e = 2.5,2.5
; machine_max_jerk_x = 5,5
; machine_max_jerk_y = 5,5
; machine_max_jerk_z = 2,2
; machine_max_speed_e = 100,100
; machine_max_speed_x = 1000,1000
; machine_max_speed_y = 1000,1000
; machine_max_speed_z = 30,30
; machine_min_extruding_rate = 0,0
; machine_min_travel_rate = 0,0
; machine_pause_gcode = PAUSE
; machine_start_gcode = M140 S0\nM104 S0 \nSTART_PRINT EXTRUDER_TEMP=[nozzle_temperature_initial_layer] BED_TEMP=[bed_temperature_initial_layer_single]
; machine_unload_filament_time = 0
; max_bridge_length = 10
; max_layer_height = 0.3
; max_travel_detour_distance = 0
; min_bead_width = 85%
; min_feature_size = 25%
; min_layer_height = 0.08
; minimum_sparse_infill_area = 15
; mmu_segmented_region_interlocking_depth = 0
; mmu_segmented_region_max_width = 0
; nozzle_diameter = 0.4
; nozzle_height = 4
; nozzle_temperature = 220
; nozzle_temperature_initial_layer = 220
; nozzle_temperature_range_high = 230
; nozzle_temperature_range_low = 190
; nozzle_type = stainless_steel
; nozzle_volume = 0
; only_one_wall_first_layer = 0
; ooze_prevention = 0
; other_layers_print_sequence = 0
; other_layers_print_sequence_nums = 0
; outer_wall_acceleration = 5000
; outer_wall_jerk = 9
; outer_wall_line_width = 0.42
; outer_wall_speed = 200
; overhang_1_4_speed = 0
; overhang_2_4_speed = 50
; overhang_3_4_speed = 30
; overhang_4_4_speed = 10
; overhang_fan_speed = 100
; overhang_fan_threshold = 50%
; overhang_threshold_participating_cooling = 95%
; overhang_totally_speed = 24
; post_process = 
; precise_z_height = 0
; pressure_advance = 0.02
; prime_tower_brim_width = 3
; prime_tower_width = 60
; prime_volume = 45
; print_compatible_printers = "Creality K1 Max 0.4 nozzle"
; print_flow_ratio = 1
; print_sequence = by layer
; print_settings_id = 0.20mm Standard @Creality K1Max 0.4 nozzle
; printable_area = 0x0,300x0,300x300,0x300
; printable_height = 300
; printer_model = Creality K1 Max
; printer_notes = 
; printer_settings_id = Creality K1 Max 0.4 nozzle
; printer_structure = corexy
; printer_technology = FFF
; printer_variant = 0.4
; printhost_authorization_type = key
; printhost_ssl_ignore_revoke = 0
; printing_by_object_gcode = 
; process_notes = 
; raft_contact_distance = 0.1
; raft_expansion = 1.5
; raft_first_layer_density = 90%
; raft_first_layer_expansion = 2
; raft_layers = 0
; reduce_crossing_wall = 0
; reduce_fan_stop_start_freq = 1
; reduce_infill_retraction = 1
; required_nozzle_HRC = 3
; resolution = 0.012
; retract_before_wipe = 70%
; retract_length_toolchange = 1
; retract_lift_above = 0
; retract_lift_below = 0
; retract_restart_extra = 0
; retract_restart_extra_toolchange = 0
; retract_when_changing_layer = 1
; retraction_distances_when_cut = 18
; retraction_length = 0.5
; retraction_minimum_travel = 2
; retraction_speed = 60
; role_base_wipe_speed = 1
; scan_first_layer = 0
; scarf_angle_threshold = 155
; seam_gap = 15%
; seam_position = aligned
; seam_slope_conditional = 1
; seam_slope_entire_loop = 0
; seam_slope_inner_walls = 1
; seam_slope_steps = 10
; silent_mode = 0
; single_extruder_multi_material = 1
; skirt_distance = 2
; skirt_height = 1
; skirt_loops = 0
; slice_closing_radius = 0.049
; slicing_mode = regular
; slow_down_for_layer_cooling = 1
; slow_down_layer_time = 8
; slow_down_min_speed = 10
; small_perimeter_speed = 50%
; small_perimeter_threshold = 0
; smooth_coefficient = 80
; smooth_speed_discontinuity_area = 1
; solid_infill_filament = 1
; sparse_infill_acceleration = 100%
; sparse_infill_anchor = 400%
; sparse_infill_anchor_max = 20
; sparse_infill_density = 15%
; sparse_infill_filament = 1
; sparse_infill_line_width = 0.45
; sparse_infill_pattern = grid
; sparse_infill_speed = 270
; spiral_mode = 0
; spiral_mode_max_xy_smoothing = 200%
; spiral_mode_smooth = 0
; standby_temperature_delta = -5
; start_end_points = 30x-3,54x245
; supertack_plate_temp = 35
; supertack_plate_temp_initial_layer = 35
; support_air_filtration = 0
; support_angle = 0
; support_base_pattern = default
; support_base_pattern_spacing = 2.5
; support_bottom_interface_spacing = 0.5
; support_bottom_z_distance = 0.2
; support_chamber_temp_control = 0
; support_critical_regions_only = 0
; support_expansion = 0
; support_filament = 0
; support_interface_bottom_layers = 2
; support_interface_filament = 0
; support_interface_loop_pattern = 0
; support_interface_not_for_body = 1
; support_interface_pattern = auto
; support_interface_spacing = 0.5
; support_interface_speed = 80
; support_interface_top_layers = 2
; support_line_width = 0.42
; support_object_first_layer_gap = 0.2
; support_object_xy_distance = 0.35
; support_on_build_plate_only = 0
; support_remove_small_overhang = 1
; support_speed = 150
; support_style = default
; support_threshold_angle = 30
; support_top_z_distance = 0.2
; support_type = normal(auto)
; temperature_vitrification = 60
; template_custom_gcode = 
; textured_plate_temp = 60
; textured_plate_temp_initial_layer = 60
; thick_bridges = 0
; thumbnail_size = 96x96,300x300
; time_lapse_gcode = 
; timelapse_type = 0
; top_area_threshold = 100%
; top_one_wall_type = all top
; top_shell_layers = 3
; top_shell_thickness = 0.6
; top_solid_infill_flow_ratio = 1
; top_surface_acceleration = 2000
; top_surface_jerk = 9
; top_surface_line_width = 0.42
; top_surface_pattern = monotonicline
; top_surface_speed = 200
; travel_jerk = 9
; travel_speed = 500
; travel_speed_z = 0
; tree_support_branch_angle = 45
; tree_support_branch_diameter = 2
; tree_support_branch_diameter_angle = 5
; tree_support_branch_distance = 5
; tree_support_wall_count = 1
; upward_compatible_machine = 
; use_firmware_retraction = 0
; use_relative_e_distances = 1
; wall_distribution_count = 1
; wall_filament = 1
; wall_generator = arachne
; wall_loops = 3
; wall_sequence = inner wall/outer wall
; wall_transition_angle = 10
; wall_transition_filter_deviation = 25%
; wall_transition_length = 100%
; wipe = 1
; wipe_distance = 2
; wipe_speed = 80%
; wipe_tower_no_sparse_layers = 0
; wipe_tower_rotation_angle = 0
; wipe_tower_x = 165
; wipe_tower_y = 250
; xy_contour_compensation = 0
; xy_hole_compensation = 0
; z_hop = 0.4
; z_hop_types = Normal Lift
; CONFIG_BLOCK_END

; THUMBNAIL_BLOCK_START
; thumbnail begin 96x96 1656
; iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAYAAADimHc4AAAEn0lEQVR4Ae2bW08TQRTHVxN9F/XZRG
; 4FBdpuEUSLiX4B37l6A5SgxpiYGIXlUmh8MxiNEaKEBz/mOofpYafDzna73S1O+/8lJ0Cvu+d/5sw5
; M4PjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwHvwp+6f2+IZ3aiBl2MkqE9c9p+L6zq4biLBTrB
; cDtIga4Qt9/pnn7wgR1oZ8Z6/k172WRYEILaA61CSA6bV6atLhEYIUZkB34kahsfOrpbPO58cY3elR
; onW1EOx0U5Tqr9VTT5hDGzl9PS+/0xP2bMB3Rq54TlcSx1ksQpxoPh1FefPjn/PyJ6W5p/1SgFEIkL
; 2Rw6PmCqbR8x1FuwRQnR9HgI4TIawSIdsrtSf6TWkt7Do7SgD1pmnCC3PGdjFbZ2+EfC+hlqKmALGW
; tJxHI+S8RknHCECRvylsq9gepzWK/tjvzVsqAEUs1dlzvXLye9IfpJodNrd5h1QzHAnrIWXrfJ+lAq
; wM+s5MrxQg3+M5k2INJ8x5u665mWpkcdKSXvk0MzIWbHW+ibfD4U5LKgCltN9lab/unf2c+b7wlBLn
; s8n51goQVbq9GTZHbtzR8O2udLpXW0YgR9H7fkz5zsF935ntbZxaGplXsLgEpRuIuyKpW6UmgGl+2J
; 8M0gdHKRktUZMIP4UIXyeadzgb7y/sKMWCdUKoN5S0y+WJertmWzX7LqL/aFqmFx4BPHpIhEMxAj6M
; JBeg7hrc+vuwRog0bt5UrlJ0H0/X52oSiNPagZgL3t9ORwDV+POtEEGtdtShrHa7m0r0ejHqdE5NIp
; 9fOCz7l/4+kkKQUEdlOSro55dxubJJI6LZMlftVUwBYIUAVHJm1blWZX9xcX/Kv3z80L94/EBOyJT7
; SeyVXFB6kgBqKmPHsvg8gaupTA0W7lUqmpBWQNUO5eSK66cqwLLoL9bEZ7+7JXP9pzHf+TgqH6PqZ7
; 4vfdGpilKrM2ugDfRVEZEvc7VobFEMjmx2Bkc1pRxyfJJy02S8aTNbaybpRAaX0NZRuuaddMZkSR2S
; RmTHGY2Uiui7yOn6DhmlVhqB1pJ0+Kvd60ZKUR7V8EVNtGM9nmMlsYZ9QVra6SSJmRpJK+FmLGzxi1
; dMG0V2nFI1CxH0a7CSsJvLKsqrCTdv9H6Fy1X1NdYuzuk3u5BBqaha2jtofHzFWlRnmFJJVikmqRCU
; LtfzQW9hNaoT6BDUkijlng/I+p12yhbFDVJ1kZUAUSJQuqHreTEgr4mub7FfOp02lEgA61F3w0xkeT
; YoSgQSwL3qOcWaFYTlbS01o6DdMIowE1kfzjLtJXfVgVwa3mG06vywaipu7re2sWqVZp0ep1dg46Pt
; cRYDuxZaqHuVC5aMTZE9czNYEDOdrIiK6nGxDnWyGBjyHR136qFZxpVFuuVaJcKVEVUh5HgSQCXsZI
; X6t8mptCCoO7/rBVBxhYPcmFWIfrJC/d00qaqjig+LgRZ4LURYHTKnMF2IpcGgrp/rhNr+f+AkheWC
; FMYNHlVbenVDf3ftvyC1A05hJAClMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwT/wCPnfJhpAnVCw
; AAAABJRU5ErkJggg==
; thumbnail end
; THUMBNAIL_BLOCK_END

; THUMBNAIL_BLOCK_START
; thumbnail begin 300x300 7304
; iVBORw0KGgoAAAANSUhEUgAAASwAAAEsCAYAAAB5fY51AAAVLUlEQVR4Ae3d65Mc1XnH8RUmsckrY8
; PrVKFFWgks7a5uROLmOHZ45cpr2ItAiy6spCVOXLlUxI5uCJPENkkIsY0SDHYI5SJ+Yf9/436m+9k5
; c6Yvp7vP6e7p/n6qnuIi7exotvunc+tzlpYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
; AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
; AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
; AAAAAALK5PXhiXqr/609GkAKBRD06PSwcWAQagFTePj5fun4qL4AIQlASEHRpl3IgC662VuAguAN7Z
; IWXW6jdGZV5qJrB2j8XlElr31t2CC8BA5QWVz8C6HtWNqN49lR9YkzpFcAGwuHTFtpfLB9a5J0czgX
; XdCKyi0NJy6UoSWsAAuI4bjdaqBZY488RoLrA0tGRQ3nUmUcItL+AILaDHXMNKW1dVA0udjVpbaYFV
; NrRoaQEDUyas9tf8BJaS4DLDSr6HBJaPNVtNhJbOUhYVAA/KBsDW8jSwfNKw0nrvdFxdCi2XiQiX90
; KAARVUueG2AoRV1nt5+3j7oeUjpAgvoKYqN+L+ahxYJz10BU1Z389nK0sq5GfTVqACg1DlptLA8qko
; HHwGVlEoVHlNmTGVup2U/v876+OlEO8RGJy8my/vZnpndXpT+bqxim7g9yoOwGcFnf2+y7am5DOQ4N
; 5fqxZIrgUg4fPGqhNert/DZ2CZYeD6Wq89NV66tervMyuqrWUCC5jIalGYLYZ3KzyUXDa42hgnKlPS
; knonQEhpF/L1p+N6w6hLR+L/R2ABidA3umtwhX4fUlXGv3wHlbzW5uG4dIb14tOzgXWJwALSpd1U+y
; k3aN2Fm3mh1cXW1b7nkHrtcNyV3DDC6iCwludbWJcILGBeUwGQF1xNv4e8ltb+qr+wkteRgJKSwNKW
; ms6uElhASa4334OAywl8vW7dkpaPz9faTMIqLcg0sC4SWICbtrtiOr7Vxvc2W1k+g0qDKO817cBa/e
; ZoaS2quj9LVsqj18qGhc9Fm10on90/M6yK1mTJ9wz5cyS00EtdX0pQNnza/P76ALjL7/UdKGk/R0IL
; vSM7frZ5k/eldAND19/fRGCF+D5Aq85WDCzfDyEvepUJqxBBkve9gF6pepP63FRvSGHVdGDRykKv1A
; mdoYdW2a6gVlPb8RBa6BR7213Xv93Lfg2hlV5Vwsp3YLn8DAkstKJPs3qLXnW2k/EZWK7fE2gEIdXN
; 2qrYuvK5BqvMtUErC0E1fQP6qiF0Eeu0rso8ZlN04k6Z70tgIYgyF6HupWRvy3t7Pd6SN63uJlv13l
; 2fLZ83dN9Dq3Lram02sEI8mpS1SyyBBa9cL9xQW/La4RUiyPpSVT/70NsoFxXgRdGFFmq3yyaqb62t
; qq2rtuudVQILHrhcaItwQ+RVnwKr7VZS1SKwUNsiXfDU4oaVFIGFWhbpYqfiWtTuoJTszwVUMvS1VY
; s4rtW11lXZ90NgoTKXC8xcrmBum7tzZLz0ZlKXj4ZdnhCyFi20utS6KvtedAdUoLSsi0pnAmeOf1qe
; P/7JDiypK0ldTereelxt3lQ+q+1g60rrquoEjFxPvh+4xkCY+0jJBfjqU/GJKnr8k31enZTL3lN316
; dBdXVlWvcqHILatWo7sLZbbl1t1NhzfnuZwEINN4/FrSM9p84MrI0agWWXBJXUtSi03orqfg+Cq41q
; K6xueVp7p4EFVDIJrKPpgZXVwnr7ePUdPiW0JKx2o9DaPVbt2PnQVfRna6uFVWafdh8lAXXL47o7ff
; 8EFiq7ebxcYMkRUBJYdUJLSkJLwur6sbi6GFyf5ARW01syV92cr0ztJ2OWIQ7Q0LDaJqxQR15g5Y0z
; aGjVbW28awTXIoVW04HlO6xk4N6s0O+dwIIXElg7xhjWtx4fOX3dc0/GLa294366SBJWN47FtQjB1d
; TBF/seWlb6cHoT4WSXtgwJK7ROA8tXaJnBtSih9f6Z8dJ//FlUz42X/ut8XB9F9e/Rf//r2Xqvrweh
; Vvnag100OnI+IoGFTtgLGFpdDa4PojD6ybnx0n9GQfVhVL+4kF4fRb/247NxeEiAlfkeZcNKvoe0kL
; vycLrdsiKs0BkaWDeP+51B61prSzYjlLCSMPqf56Ny+Br5PfL7P0zCqyi4zIkOl/fUxa1+tpYJK3hk
; b21bl4xnaWCFCq02g+vHUWvqg6g+ToLK/nV9ZMm8QWXFv/l+NbgksGQxrd1dNGdlXbpxmzUWbzZR9m
; cCVGJeVL63qb1phZbPgDFbW00Gl/w5JGQeGi2qtO6OXRJYaUErryFdRVnWIS0uc5GuS1At4pYyvv+C
; xICkXUw+maHlu1Vkrtu6fyr8avkHp+KunNmq2ncIKzuwUkPrfPz6N467d+m68MDzvfXZIrwQVNZF5I
; u8VuiV4JOV8sfi1fL3T4V5PlFaVdqyskOjSmDZrUMd15JnLn90pvj9tP38YF6AmUFGcMGbvH2vql48
; IU5aKRNc8lzitZXps4q+XlvGrCRU5N9/6SmwzODSMa2fRN3Cv302vzvY1bAqCjCX309wIVNRsLhePF
; 3b8E8fqjZ3hKiznY20erQraIaVHotVN7D09R5eiJdHyOxjVvd2kcKqTngRWpjjGjRZF08XboKiG+Rg
; OxtrP64yGwpKiPzsfBxWduvKJbBkUN6c3cwMrOfjYHyQjM11+bOt/bNxbAETXDhw7slyLaM2u3u1bx
; ANL2NDwctG6aaDO0bJhoR//cy0OzgJrBezA0un7vPehx1c5uC7Btb70ZjfD79V/Fp9KJfJEkILE2UD
; q09lb91sBtalpGQXVQmryWD7hTisPnsxDi7tDlaZqTNDS/+fjGE9TNZlySTF31mBtcgn4rh+JnkzyI
; QWJvp8ZLuPkpXsHyRdwk+jsPpVElouXytjUXcyup5pN6i5kPRvno2/vkufRRcKAycPLKddGIu0tUvI
; +rfn4pk7CSz578+0lZUTWrL4c3M5bqW9mXQ/ZRIg7zP976g7+PPz00H3vWeG0SVMq7wDQGhpDdxewc
; Z7Xd66WMeMbq9NWyPSotHS31fn1B5Zff6j0/HY0sdJt/DXL0Wh9dJ8aI2SbmJWYN1IeUxJupcy+6jr
; sOQRnX84EU8UDDWwpAgtpNpLNt4ruoB0Rqfp027M48TMqvp6d0uuzJabRsLvp+fi1ehRS+jQr14aP/
; L5t8eHJsFltbZk/ZQZWHlBqbOOMtj+UdK6klbYD6Pu4BtH4tcacks3b48xQmug9ipsb2yup/F11qDv
; YHL9c0wqJxR0AFxWnydjWY988uL4K1FgPfrFd8aHPn85Gtd6Ka5fFnQVpTSkPn1h2rr6WTJ2JS05eS
; xHWmVyhJpMAjT12FFXK++6xADpTqF1tje2u1x312e7ZlK3tZLuW1Oh5FpZoSCfyQ+eiYNEAmUSWhfG
; j3728vhPvnxl/LUv/3L82G9fGT/yf9+e1CS4PjPrxfmSsJrMCibLGOQ1/+VM/DnJ2JXMTsoyCWlh6W
; NHbwVYvV+nzJ+fnkt5cKCusTTkzYyDdX201GllDZQGlo892Re90mbv5HOR0JITY6SlFbWGDv3i+fEf
; /+93xl/74rvjr//u++Ov//7748f+/5XxV7/83viPfvMXk5bXoV+/HHcbtev4adL6mrSqzsf106QbKM
; sWpDWlYaWBpe9hbvX+ejPdc3tbmIvGP/UgXTOsJn8hWX9ZaUilHapb52xKAmugzFbWHqE1V9It0dD6
; p5PxDfZ+vM3MIw9fmNRjX3xvUtLq+upvvjt+9PM/H39FAisKqkPaTXxoBJV0AWVAX25keU15/defnl
; 0hn/ZezAWwWvaasqqhJHXRCCN7xb7+fx8tY/tQ3Wsr1bq+GCgzsHT/KoJrWg+S0JKV75NFnavx/u3/
; fOZgJwdpdR2KZvsO/fxCHE4fJ1sjy3KFD5N93nVvd3k9aY3Ig87asjJXzbssFE1bvV+0gv9SsoJfW0
; SvGzU5Z9JzMDmFV9LVlW7v7kq5iQYMlHnqTaj9qxa5JAj2jM9F/imzeXpTS3i9n4SXrN3SBacy8yfr
; uDSk9PfL0gUJPwkQXTG/tVzv4Wa7paWBtZMRWE1OcLjW/eQ5Stdrj27hgNlbG6ft2zTEkpvZDqzryU
; C4DIhL8EhLaZScSqP7qt86Gbei/vFEHFB/n4SUdH+kRSNLHzaMPdu7sCFfF0pnR+VzLmrlE1gDJ6Fl
; B5ZcPLsDnl7XVo/cPHZg6RiMdMt0Nk/qB8/G4fT2M/Gvv2k8n7iZnPlonqi9SJ9HqJKQl89DPittxR
; adCUBgYfJQdFpg6c14v0PT66HL7qLpg8sHgXV0dvuaK9b4kYaUjhHJ65mBlbUdsrmC336m8E7NQfau
; lbmPfVpg7eWMqZ7IOY0cA2MH1u7KNLSurUz3lupreGXN1tndYx38lvC4cnR27MgOrC0jsHwdx1V3X/
; U26tbqNLTTAuu6FVhZZ10SWJhxNmpt5QXWVXtnzxLh1eUtU7ZrDoBL6YLZ0IFllsvq/TZKx/Y2koCa
; hFVKYJm0lUVgobTMwLIWAZq7euZdwF0eYN7yEFZm3V6bBtZ+gwedtjneKH8Z6Z5her6ihlJaYGU5l0
; wEmSXXoS4DATKdfWLkHFhFgdDWjeQSVmXfXxdPW7aDq4lZXnNFvLlUIyuwTjw+cr72CCxUdiYKrtTA
; cgirrnYDzRvM5fdPli10OKTSqonlKbqmKyuw6nThCCzUdjoKL9ew6mJJ8GyWWFrQ9dZUmfAK+fraHT
; zpeYyJwII3IW8A32XOSrmE1X4PQsoOrNChFWqN1G6y8JbAQmUhL3xfZU6la1i5fF2VMbe8zee6ViGD
; i4Wd6JxQF3vd0u6bDvK++lS45QRVqisPl4dubRFa6JSQN1OZmkylr6bMSB3u7rhT13bECBVchBY6Ie
; sCbeLp/31rNsqekVqEwfGudRtDtraqhpYe4EvooZasC9PnosuDcFqdtp7skNpani5UDHGjhQ6sro51
; hQgu19DJOmEcqCzkzaLjT5uH50MqZDiFCNuiKnsISFOlgeV7xXxaaGkLKu/rpNUOVJJ1cdUJEgkoHR
; g3lxxMWlc9PqOv6zOK9wMFV9naZhkDqvJ5IXZ5Jq+pWoRlEPdbOptSSh/5ASrxcRHas3lthlQXWnDv
; LdA++k1uZ2MehAGUVjTW4BIOOjY1tJZUUS3aqUVmaIXYUNA+uQcorU5gHQyesy1waklYLfpRa1nHjt
; 1J/t08TDfvdbaXCSx4UPVC3u7oQQttdAfznk3U7YBvLnhw1aktwgq+VFmf42MHz6FVE6HVxUA0jzwj
; rFBb2cDSjd26dmO0Wa67PwyppTVZb3d4/pxGAgu1lA0swqpemaHVx+DS9XZZgQXUUiawfIeVz/Gmtp
; YyVNlbS0OrL62td1bnz2ZMCyygNrlpXC/MqoFlHqFujmW0cXP5rjoTDyG6iKEDcGQdSLFhHUKRFlgn
; OQ0HvrjeMHKRvnFkerCoTGvbpcdgab2uR2ItT6tvgVW3ZdfUuJYsSbh8dLbSfob6c5SlCpfsn+PT09
; nhmYXCOYEFeCXH2b/t0MqSi9QMLDkgUw8Y3bEOGnUJrFFLXbguhZUdWr6CK+s1Lh+d//nZP8dLWjk/
; x21r65+0wKJVhSA0sIqeffMZWKvfqLe6PkRoVCnf69BCLzR1CaydJKyqBhaHoSI4Cay80JKBZbk5Tz
; 0xiuubo9zAWot+XSpPiBuy6QoRliFDy1dgbaUEFtAYDays0NLA8snHDdjmOFjIll2o0DLHseoGFl0+
; tEa7hVr2jSKB5fMCrfvAdRcq9GNJGlo+t6kxN9uTVrLWekYVtZKB1mhY6Ym8Zmj5bl31IbCaONtQfg
; Y+dzBlH3X0hray9oy6cjTMor8+BFZT5XMzQAbE0SsSWhpWNwmszGr65GhfoUVgoXfM0LqyEofVqucL
; nRZW+XJZK0dgYZDsLmHbgdWHQyvkz1Bn1s/Hw9JAb52LWloaWL64HP80d6P3ZNtl+Rylm33jWPUzAu
; sElnyOABLmib5mVb3BNj1uu9yF0DMDq05o1fn+AJb8rVqXbUo2PAaVrsaWlmKbx27p7gbSatXAkrpe
; Mrjq7r8PIFInDPQcQ58n7mxYuwZIYPkYtPYRFmZoXU9Kzgh0Odi0aqtMAxPAUrxFjd54bQSCHVRZgd
; VGKysrLCS4NLB2k3INriqBSWABCQ0sueneWhkv3WswuA5Omj5cHFhthFbec3dnk9DaNT47qWsr/g41
; 3ebZP2CWBpZ5w11Ngst3eElAaUi9+tTs1iavZQSWKHrAO6+qhty2Y8tGgssOrKtH46pzIrPu8ErrCj
; BkBdZBJTff3eTmcz1R2Nxa2d7lUsKqKLDMVoX5gHcTrawqYXHmidFcYJlVJTAJLMCiXZvUwLJuuitG
; 2RsBmjtd6pYm28YhBva2vFmBlbWiu8lWVp0jrSS4fIXVNt1BIN1MCyGjlZAWWDsFgbXtGFhFj54Uba
; NTFFiuobVt7Kxa1+kkvFzfJ6csAyVNbrKCwLpcooVVFFhlmKEVYpO8EEFRJqy2CCugmtMpXRtfgVWH
; vfeXz1NrdOzKp6LvKSv5Nw8TWIBXEmBlA+tioDEYe+8vCa0yCzPzAs7nRnl570GfDDg4VmuZI+GB3r
; IDS5/x8/WcX93gSnsUR5d0bOScskxYAT01E1jHp4/M+Fx1XjW4ZLxN1rHJoaYzx2mlHFpqtrAA9NjN
; lMAyV+3faym4JLBkE0VpMW0cthbLpgQWgIGYC6yUNWWT8Kr5yEwZzyV7kqUFlr2iH8DA6E4KqYGVMt
; t5d32+7iR1W2ttWmWDxSWwAAyca2CZs52pM55HpoeRVhlfygqsE4+PlgDgwNmCVftXCtaU7XgILHEq
; eh8SWBwgAaBQ1qr9osAy15RpYDHWBKAx5sr9rMDaIbAAdJEEmHTZsrqDZmDRpQMAAAAAAAAAAAAAAA
; AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
; AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
; AAAAAAAAAAAAAAAAAAoGf+AKWffEbWUffOAAAAAElFTkSuQmCC
; thumbnail end
; THUMBNAIL_BLOCK_END

; EXECUTABLE_BLOCK_START
EXCLUDE_OBJECT_DEFINE NAME=TC_Top.stl_id_0_copy_0 CENTER=150,150 POLYGON=[[121.54,147.581],[121.541,147.505],[121.574,147.207],[121.577,147.178],[121.596,147.038],[121.614,146.91],[121.622,146.858],[121.663,146.615],[121.669,146.583],[121.676,146.544],[121.721,146.321],[121.739,146.236],[121.76,146.142],[121.787,146.029],[121.811,145.935],[121.863,145.74],[121.87,145.714],[121.892,145.64],[121.949,145.453],[121.982,145.351],[121.999,145.299],[122.044,145.169],[122.08,145.069],[122.146,144.897],[122.15,144.888],[122.188,144.793],[122.265,144.612],[122.305,144.524],[122.312,144.509],[122.39,144.342],[122.43,144.262],[122.496,144.134],[122.525,144.079],[122.565,144.005],[122.669,143.822],[130.979,129.428],[131.091,129.238],[131.13,129.174],[131.168,129.113],[131.246,128.993],[131.291,128.924],[131.401,128.767],[131.41,128.753],[131.463,128.68],[131.585,128.518],[131.645,128.441],[131.654,128.429],[131.77,128.286],[131.835,128.209],[131.928,128.101],[131.965,128.06],[132.033,127.984],[132.17,127.838],[132.223,127.782],[132.239,127.766],[132.385,127.62],[132.451,127.556],[132.539,127.473],[132.61,127.407],[132.671,127.352],[132.845,127.199],[132.875,127.173],[132.897,127.154],[133.09,126.995],[133.13,126.963],[133.232,126.882],[133.345,126.796],[133.367,126.779],[133.61,126.601],[133.674,126.562],[137.865,124.143],[137.931,124.106],[138.206,123.986],[138.232,123.974],[138.363,123.92],[138.483,123.872],[138.532,123.853],[138.763,123.767],[138.793,123.756],[138.831,123.743],[139.047,123.67],[139.129,123.643],[139.221,123.615],[139.333,123.582],[139.426,123.555],[139.621,123.503],[139.647,123.496],[139.722,123.477],[139.913,123.433],[140.017,123.411],[140.071,123.4],[140.206,123.374],[140.311,123.355],[140.492,123.327],[140.502,123.325],[140.603,123.311],[140.799,123.287],[140.895,123.277],[140.911,123.276],[141.095,123.261],[141.185,123.255],[141.328,123.248],[141.39,123.245],[141.474,123.243],[141.685,123.242],[158.306,123.242],[158.526,123.243],[158.601,123.245],[158.672,123.248],[158.815,123.255],[158.898,123.26],[159.089,123.276],[159.105,123.277],[159.195,123.287],[159.397,123.311],[159.493,123.324],[159.508,123.327],[159.689,123.355],[159.789,123.373],[159.929,123.4],[159.983,123.411],[160.083,123.432],[160.278,123.477],[160.353,123.496],[160.374,123.501],[160.574,123.555],[160.663,123.58],[160.779,123.615],[160.871,123.643],[160.95,123.669],[161.169,123.743],[161.207,123.756],[161.234,123.766],[161.468,123.853],[161.515,123.871],[161.637,123.92],[161.768,123.974],[161.794,123.985],[162.069,124.106],[162.135,124.143],[166.326,126.562],[166.39,126.601],[166.632,126.778],[166.655,126.796],[166.768,126.882],[166.869,126.962],[166.91,126.995],[167.1,127.152],[167.125,127.173],[167.155,127.199],[167.326,127.349],[167.39,127.407],[167.461,127.473],[167.545,127.553],[167.615,127.62],[167.758,127.763],[167.777,127.782],[167.83,127.838],[167.964,127.981],[168.035,128.06],[168.072,128.101],[168.162,128.205],[168.23,128.286],[168.346,128.429],[168.352,128.437],[168.415,128.518],[168.533,128.675],[168.59,128.753],[168.599,128.767],[168.704,128.918],[168.754,128.993],[168.832,129.113],[168.865,129.167],[168.909,129.238],[169.016,129.42],[177.326,143.814],[177.435,144.005],[177.471,144.072],[177.504,144.134],[177.57,144.262],[177.606,144.336],[177.688,144.509],[177.695,144.524],[177.732,144.607],[177.812,144.793],[177.848,144.883],[177.854,144.897],[177.92,145.069],[177.954,145.164],[178.001,145.299],[178.018,145.351],[178.05,145.448],[178.108,145.64],[178.13,145.714],[178.135,145.735],[178.189,145.935],[178.212,146.025],[178.24,146.142],[178.261,146.236],[178.278,146.317],[178.324,146.544],[178.331,146.583],[178.336,146.612],[178.378,146.858],[178.386,146.908],[178.404,147.038],[178.423,147.178],[178.426,147.206],[178.459,147.505],[178.46,147.581],[178.46,152.419],[178.459,152.495],[178.426,152.793],[178.423,152.822],[178.404,152.962],[178.386,153.09],[178.378,153.142],[178.337,153.385],[178.331,153.417],[178.324,153.456],[178.279,153.679],[178.261,153.764],[178.24,153.858],[178.213,153.971],[178.189,154.065],[178.137,154.26],[178.13,154.286],[178.108,154.36],[178.051,154.547],[178.018,154.649],[178.001,154.701],[177.956,154.831],[177.92,154.931],[177.854,155.103],[177.85,155.112],[177.812,155.207],[177.735,155.388],[177.695,155.476],[177.688,155.491],[177.61,155.658],[177.57,155.738],[177.504,155.866],[177.475,155.921],[177.435,155.995],[177.331,156.178],[169.021,170.572],[168.909,170.762],[168.87,170.826],[168.832,170.887],[168.754,171.007],[168.709,171.076],[168.599,171.233],[168.59,171.247],[168.537,171.32],[168.415,171.482],[168.355,171.559],[168.346,171.571],[168.23,171.714],[168.165,171.791],[168.072,171.899],[168.035,171.94],[167.967,172.016],[167.83,172.162],[167.777,172.218],[167.761,172.234],[167.615,172.38],[167.549,172.444],[167.461,172.527],[167.39,172.593],[167.329,172.648],[167.155,172.801],[167.125,172.827],[167.103,172.846],[166.91,173.005],[166.87,173.037],[166.768,173.118],[166.655,173.204],[166.633,173.221],[166.39,173.399],[166.326,173.438],[162.135,175.857],[162.069,175.894],[161.794,176.014],[161.768,176.026],[161.637,176.08],[161.517,176.128],[161.468,176.147],[161.237,176.233],[161.207,176.244],[161.169,176.257],[160.953,176.33],[160.871,176.357],[160.779,176.385],[160.667,176.418],[160.574,176.445],[160.379,176.497],[160.353,176.504],[160.278,176.523],[160.087,176.567],[159.983,176.589],[159.929,176.6],[159.794,176.626],[159.689,176.645],[159.508,176.673],[159.498,176.675],[159.397,176.689],[159.201,176.713],[159.105,176.723],[159.089,176.724],[158.905,176.739],[158.815,176.745],[158.672,176.752],[158.61,176.755],[158.526,176.757],[158.315,176.758],[141.694,176.758],[141.474,176.757],[141.399,176.755],[141.328,176.752],[141.185,176.745],[141.102,176.74],[140.911,176.724],[140.895,176.723],[140.805,176.713],[140.603,176.689],[140.507,176.676],[140.492,176.673],[140.311,176.645],[140.211,176.627],[140.071,176.6],[140.017,176.589],[139.917,176.568],[139.722,176.523],[139.647,176.504],[139.626,176.499],[139.426,176.445],[139.337,176.42],[139.221,176.385],[139.129,176.357],[139.05,176.331],[138.831,176.257],[138.793,176.244],[138.766,176.234],[138.532,176.147],[138.485,176.129],[138.363,176.08],[138.232,176.026],[138.206,176.015],[137.931,175.894],[137.865,175.857],[133.674,173.438],[133.61,173.399],[133.368,173.222],[133.345,173.204],[133.232,173.118],[133.131,173.038],[133.09,173.005],[132.9,172.848],[132.875,172.827],[132.845,172.801],[132.674,172.651],[132.61,172.593],[132.539,172.527],[132.455,172.447],[132.385,172.38],[132.242,172.237],[132.223,172.218],[132.17,172.162],[132.036,172.019],[131.965,171.94],[131.928,171.899],[131.838,171.795],[131.77,171.714],[131.654,171.571],[131.648,171.563],[131.585,171.482],[131.467,171.325],[131.41,171.247],[131.401,171.233],[131.296,171.082],[131.246,171.007],[131.168,170.887],[131.135,170.833],[131.091,170.762],[130.984,170.58],[122.674,156.186],[122.565,155.995],[122.529,155.928],[122.496,155.866],[122.43,155.738],[122.394,155.664],[122.312,155.491],[122.305,155.476],[122.268,155.393],[122.188,155.207],[122.152,155.117],[122.146,155.103],[122.08,154.931],[122.046,154.836],[121.999,154.701],[121.982,154.649],[121.95,154.552],[121.892,154.36],[121.87,154.286],[121.865,154.265],[121.811,154.065],[121.788,153.975],[121.76,153.858],[121.739,153.764],[121.722,153.683],[121.676,153.456],[121.669,153.417],[121.664,153.388],[121.622,153.142],[121.614,153.092],[121.596,152.962],[121.577,152.822],[121.574,152.794],[121.541,152.495],[121.54,152.419],[121.54,147.581]]
M73 P0 R13
M106 S0
M106 P2 S0
; FEATURE: Custom
M140 S0
M104 S0 
START_PRINT EXTRUDER_TEMP=220 BED_TEMP=60
G90
G21
M83 ; use relative distances for extrusion
; filament start gcode
; CHANGE_LAYER
; Z_HEIGHT: 0.2
; LAYER_HEIGHT: 0.2
G1 E-.5 F3600
M106 S0
M106 P2 S0
M204 S500
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 Z.4 F30000
G1 X131.663 Y149.639
G1 Z.4
G1 Z.2
G1 E.5 F2400
; FEATURE: Inner wall
; LINE_WIDTH: 0.499999
G1 F3000
G1 X131.645 Y149.499 E.00523
G1 X131.382 Y149.105 E.01765
G1 X131.181 Y148.932 E.0099
G3 X128.304 Y147.073 I9.526 J-17.903 E.12771
G3 X126.531 Y145.237 I6.704 J-8.248 E.09532
G1 X126.212 Y144.844 E.01883
G1 X125.875 Y144.603 E.01544
G1 X125.545 Y144.514 E.01274
G1 X125.215 Y144.524 E.01228
G1 X124.839 Y144.642 E.01467
G2 X123.329 Y145.494 I6.038 J12.457 E.06463
G1 X123.485 Y145.109 E.01547
G3 X124.552 Y143.468 I6.593 J3.118 E.07316
G3 X127.537 Y141.465 I5.964 J5.663 E.13497
G3 X131.759 Y140.521 I5.264 J13.63 E.16172
G1 X132.187 Y140.366 E.01697
G1 X132.392 Y140.226 E.00922
G1 X132.685 Y139.795 E.01945
G1 X132.748 Y139.328 E.01752
G1 X132.693 Y139.016 E.01181
G3 X131.51 Y135.579 I14.706 J-6.985 E.13569
G3 X131.329 Y132.601 I9.926 J-2.099 E.11152
G3 X132.768 Y129.149 I6.531 J.698 E.14124
G1 X132.736 Y129.868 E.02681
G1 X132.779 Y130.87 E.03734
G1 X132.873 Y131.3 E.01641
G1 X133.045 Y131.589 E.01253
G1 X133.419 Y131.898 E.01806
G1 X133.606 Y131.958 E.00734
G1 X134.932 Y132.184 E.05009
G3 X138.677 Y133.66 I-2.924 J12.9 E.1505
G3 X139.744 Y134.276 I-41.883 J73.854 E.04588
G1 X140.153 Y134.359 E.01556
G1 X140.464 Y134.335 E.01161
G1 X140.928 Y134.127 E.01893
G1 X141.274 Y133.815 E.01735
G1 X141.415 Y133.596 E.00972
G1 X141.518 Y133.115 E.01833
G3 X141.687 Y129.747 I19.416 J-.716 E.12574
G3 X142.407 Y127.249 I10.592 J1.7 E.09708
G1 X142.591 Y126.736 E.02031
G1 X142.596 Y126.304 E.01611
G1 X142.469 Y125.966 E.01346
G1 X142.248 Y125.69 E.01315
G2 X140.567 Y124.65 I-7.118 J9.62 E.0737
G3 X145.06 Y125.534 I1.042 J6.56 E.17412
G3 X147.887 Y127.918 I-6.24 J10.267 E.13826
G3 X149.089 Y129.463 I-14.599 J12.598 E.07295
G1 X149.437 Y129.757 E.01698
G1 X149.656 Y129.863 E.00906
G1 X150.181 Y129.902 E.01961
G1 X150.616 Y129.724 E.01751
G1 X150.859 Y129.52 E.01181
G3 X153.244 Y126.777 I13.402 J9.243 E.13569
G3 X155.734 Y125.13 I6.778 J7.542 E.1116
G3 X158.095 Y124.564 I2.726 J6.17 E.0909
G3 X159.441 Y124.651 I-.061 J11.378 E.05029
G1 X158.802 Y124.983 E.02681
G1 X157.957 Y125.521 E.03734
G1 X157.627 Y125.823 E.01664
G1 X157.465 Y126.113 E.01236
G1 X157.387 Y126.596 E.01825
G1 X157.428 Y126.785 E.0072
G1 X157.896 Y128.043 E.04999
G3 X158.489 Y132.024 I-12.634 J3.918 E.15049
G3 X158.489 Y133.256 I-84.606 J.654 E.04588
G1 X158.613 Y133.636 E.01488
G1 X158.757 Y133.866 E.01011
G1 X159.111 Y134.146 E.01684
G1 X159.611 Y134.355 E.02016
G1 X160.084 Y134.324 E.01765
G1 X160.335 Y134.236 E.0099
G3 X163.383 Y132.674 I10.741 J17.2 E.12771
G3 X165.86 Y132.056 I3.791 J9.929 E.09532
G1 X166.359 Y131.977 E.01883
G1 X166.736 Y131.805 E.01544
G1 X166.979 Y131.564 E.01274
G1 X167.135 Y131.274 E.01228
G1 X167.221 Y130.889 E.01467
G2 X167.237 Y129.155 I-13.808 J-.999 E.06463
G1 X167.493 Y129.483 E.01547
G3 X168.381 Y131.228 I-5.997 J4.151 E.07316
G3 X168.623 Y134.814 I-7.886 J2.334 E.13497
G3 X167.33 Y138.942 I-14.435 J-2.256 E.16172
G1 X167.249 Y139.391 E.01697
G1 X167.268 Y139.638 E.00922
G1 X167.496 Y140.108 E.01945
G1 X167.868 Y140.396 E.01752
G1 X168.166 Y140.504 E.01181
G3 X171.734 Y141.198 I-1.304 J16.228 E.13569
G3 X174.404 Y142.53 I-3.145 J9.645 E.11152
G3 X176.673 Y145.502 I-3.869 J5.307 E.14124
G1 X176.067 Y145.115 E.02681
G1 X175.178 Y144.652 E.03734
G1 X174.758 Y144.517 E.01641
G1 X174.422 Y144.522 E.01253
G1 X173.968 Y144.692 E.01806
G1 X173.821 Y144.824 E.00734
G1 X172.963 Y145.859 E.0501
G3 X169.812 Y148.364 I-9.71 J-8.983 E.1505
G3 X168.746 Y148.98 I-43 J-73.168 E.04588
G1 X168.443 Y149.326 E.01712
G1 X168.328 Y149.604 E.01121
G1 X168.282 Y150.11 E.0189
G1 X168.38 Y150.535 E.01625
G1 X168.498 Y150.767 E.00972
G1 X168.864 Y151.097 E.01833
G3 X171.696 Y152.927 I-9.089 J17.173 E.12575
G3 X173.469 Y154.763 I-6.704 J8.248 E.09532
G1 X173.788 Y155.156 E.01883
G1 X174.125 Y155.397 E.01544
G1 X174.455 Y155.486 E.01274
G1 X174.785 Y155.476 E.01228
G1 X175.161 Y155.358 E.01467
G2 X176.671 Y154.506 I-6.039 J-12.457 E.06463
G1 X176.515 Y154.891 E.01547
G3 X175.448 Y156.532 I-6.593 J-3.118 E.07316
G3 X172.463 Y158.535 I-5.964 J-5.663 E.13497
M73 P0 R12
G3 X168.241 Y159.479 I-5.264 J-13.63 E.16172
G1 X167.812 Y159.634 E.01698
G1 X167.611 Y159.771 E.00906
G1 X167.315 Y160.206 E.01962
G1 X167.252 Y160.672 E.0175
G1 X167.307 Y160.984 E.01181
G3 X168.49 Y164.421 I-14.706 J6.985 E.13569
G3 X168.671 Y167.399 I-9.925 J2.099 E.11152
G3 X167.232 Y170.851 I-6.53 J-.698 E.14124
G1 X167.264 Y170.132 E.02681
G1 X167.221 Y169.13 E.03734
G1 X167.127 Y168.7 E.01641
G1 X166.955 Y168.411 E.01253
G1 X166.581 Y168.102 E.01806
G1 X166.393 Y168.042 E.00734
G1 X165.068 Y167.816 E.05009
G3 X161.323 Y166.34 I2.924 J-12.9 E.1505
G3 X160.256 Y165.724 I41.77 J-73.656 E.04588
G1 X159.832 Y165.641 E.01608
G1 X159.567 Y165.655 E.00989
G1 X159.072 Y165.873 E.02017
G1 X158.726 Y166.185 E.01733
G1 X158.584 Y166.404 E.00972
G1 X158.482 Y166.885 E.01831
G3 X158.313 Y170.253 I-19.416 J.716 E.12574
G3 X157.61 Y172.707 I-10.495 J-1.681 E.09532
G1 X157.429 Y173.178 E.01882
G1 X157.389 Y173.591 E.01545
G1 X157.476 Y173.922 E.01274
G1 X157.651 Y174.204 E.01236
G1 X157.953 Y174.478 E.01518
G2 X159.432 Y175.351 I7.934 J-11.757 E.064
M73 P1 R12
G1 X159.022 Y175.408 E.01542
G3 X157.09 Y175.309 I-.598 J-7.192 E.07227
G3 X153.84 Y173.721 I1.871 J-7.953 E.13586
G3 X150.911 Y170.537 I9.172 J-11.373 E.16172
G1 X150.563 Y170.243 E.01697
G1 X150.344 Y170.137 E.00906
G1 X149.819 Y170.098 E.01964
G1 X149.384 Y170.276 E.0175
G1 X149.141 Y170.48 E.01181
G3 X146.756 Y173.223 I-13.402 J-9.243 E.13569
G3 X144.266 Y174.87 I-6.778 J-7.542 E.1116
G3 X140.559 Y175.349 I-2.658 J-5.998 E.14117
G1 X141.198 Y175.017 E.02681
G1 X142.043 Y174.479 E.03734
G1 X142.373 Y174.177 E.01664
G1 X142.535 Y173.887 E.01236
G1 X142.613 Y173.404 E.01825
G1 X142.572 Y173.215 E.0072
G1 X142.104 Y171.957 E.04999
G3 X141.511 Y167.976 I12.634 J-3.918 E.15049
G3 X141.511 Y166.744 I84.538 J-.654 E.04588
G1 X141.383 Y166.357 E.01519
G1 X141.254 Y166.144 E.00927
G1 X140.9 Y165.859 E.0169
G1 X140.417 Y165.65 E.01962
G1 X140.003 Y165.655 E.01543
G1 X139.71 Y165.746 E.01143
G3 X137.315 Y167.036 I-14.132 J-23.355 E.10138
G3 X134.14 Y167.944 I-4.654 J-10.278 E.12341
G1 X133.641 Y168.023 E.01883
G1 X133.264 Y168.195 E.01544
G1 X133.021 Y168.436 E.01274
G1 X132.865 Y168.726 E.01228
G1 X132.779 Y169.111 E.01467
G2 X132.763 Y170.845 I13.809 J.999 E.06463
G1 X132.507 Y170.517 E.01547
G3 X131.619 Y168.772 I5.997 J-4.151 E.07316
G3 X131.377 Y165.186 I7.886 J-2.334 E.13497
G3 X132.67 Y161.058 I14.435 J2.256 E.16172
G1 X132.751 Y160.61 E.01697
G1 X132.73 Y160.356 E.00947
G1 X132.504 Y159.892 E.01922
G1 X132.132 Y159.604 E.01751
G1 X131.834 Y159.496 E.01181
G3 X128.266 Y158.802 I1.304 J-16.228 E.13569
G3 X125.596 Y157.47 I3.145 J-9.645 E.11152
G3 X123.327 Y154.498 I3.869 J-5.307 E.14124
G1 X123.933 Y154.885 E.02681
G1 X124.822 Y155.348 E.03734
G1 X125.242 Y155.483 E.01641
G1 X125.578 Y155.478 E.01253
G1 X126.032 Y155.308 E.01806
G1 X126.179 Y155.176 E.00734
G1 X127.037 Y154.141 E.0501
G3 X130.188 Y151.636 I9.71 J8.983 E.1505
G3 X131.254 Y151.02 I42.843 J72.9 E.04588
G1 X131.522 Y150.723 E.01488
G1 X131.648 Y150.487 E.00999
G1 X131.715 Y150.042 E.01676
G1 X131.671 Y149.698 E.0129
G1 X131.22 Y149.75 F30000
G1 F3000
G1 X131.209 Y149.639 E.00416
G1 X130.955 Y149.329 E.01494
G3 X128.015 Y147.427 I9.72 J-18.253 E.13057
G3 X125.93 Y145.211 I7.547 J-9.185 E.11365
G1 X125.734 Y145.052 E.00941
G1 X125.448 Y144.961 E.01116
G1 X125.042 Y145.051 E.0155
G2 X122.533 Y146.661 I5.287 J11.001 E.11132
G3 X125.893 Y141.781 I6.963 J1.197 E.22773
G3 X129.728 Y140.341 I6.066 J10.333 E.15335
G3 X131.711 Y140.066 I3.7 J19.39 E.07457
G1 X132.017 Y139.941 E.01234
G1 X132.249 Y139.649 E.01389
G1 X132.292 Y139.301 E.01304
G1 X132.22 Y139.072 E.00898
G3 X130.935 Y134.934 I14.162 J-6.665 E.1619
G3 X131.076 Y131.46 I8.858 J-1.381 E.13033
G3 X133.353 Y127.897 I6.832 J1.858 E.15994
G1 X133.347 Y128.018 E.00454
G2 X133.236 Y130.85 I12.53 J1.911 E.10577
G1 X133.311 Y131.17 E.01225
G1 X133.566 Y131.45 E.01411
G1 X133.683 Y131.508 E.00486
G1 X135.024 Y131.736 E.05065
G3 X138.702 Y133.149 I-2.852 J12.918 E.14732
G3 X139.892 Y133.84 I-16.18 J29.223 E.05124
G1 X140.249 Y133.91 E.01355
G1 X140.699 Y133.73 E.01806
G1 X140.958 Y133.483 E.01333
G1 X141.061 Y133.119 E.01409
G3 X141.235 Y129.674 I19.816 J-.724 E.12864
G3 X142.124 Y126.726 I12.091 J2.038 E.11499
G1 X142.149 Y126.431 E.01101
G1 X142.03 Y126.114 E.01264
G2 X139.158 Y124.544 I-6.379 J8.256 E.12243
G3 X144.805 Y124.878 I2.442 J6.615 E.21681
G3 X148.229 Y127.615 I-5.52 J10.415 E.16421
G3 X149.458 Y129.194 I-14.942 J12.899 E.07457
G1 X149.716 Y129.395 E.01217
G1 X150.088 Y129.452 E.01402
G1 X150.411 Y129.315 E.01306
G1 X150.574 Y129.137 E.00898
G3 X153.515 Y125.956 I12.854 J8.933 E.16188
G3 X156.577 Y124.346 I5.627 J6.984 E.12968
G3 X158.134 Y124.108 I1.868 J7.015 E.05877
G1 X159.163 Y124.148 E.03838
G3 X160.819 Y124.542 I-.947 J7.658 E.06352
G2 X159.048 Y125.368 I6.085 J15.355 E.07284
G1 X158.202 Y125.907 E.03734
G1 X157.93 Y126.176 E.01426
G1 X157.848 Y126.497 E.01236
G1 X157.857 Y126.626 E.0048
G1 X158.329 Y127.898 E.05055
G3 X158.945 Y131.79 I-12.613 J3.989 E.14731
G3 X158.941 Y133.166 I-33.381 J.599 E.05124
G1 X159.04 Y133.475 E.0121
G1 X159.248 Y133.697 E.01132
G1 X159.708 Y133.907 E.01884
G1 X160.104 Y133.842 E.01494
G3 X163.221 Y132.246 I10.948 J17.543 E.13057
G3 X166.182 Y131.55 I4.181 J11.129 E.11365
G1 X166.418 Y131.459 E.00941
G1 X166.64 Y131.257 E.01116
G1 X166.765 Y130.86 E.0155
G2 X166.625 Y127.882 I-12.172 J-.922 E.11132
G3 X169.172 Y133.232 I-4.518 J5.432 E.22772
G3 X168.501 Y137.274 I-11.981 J.087 E.15336
G3 X167.748 Y139.128 I-18.641 J-6.49 E.07457
G1 X167.703 Y139.456 E.01234
G1 X167.839 Y139.802 E.01384
G1 X168.119 Y140.014 E.01308
G1 X168.355 Y140.066 E.00898
G3 X172.58 Y141.022 I-1.309 J15.599 E.16188
G3 X175.519 Y142.881 I-3.237 J8.369 E.13035
G3 X177.468 Y146.65 I-5.022 J4.986 E.16048
G2 X175.856 Y145.52 I-13.668 J17.791 E.07334
G1 X174.967 Y145.057 E.03734
G1 X174.652 Y144.962 E.01225
G1 X174.282 Y145.043 E.01411
G1 X174.173 Y145.115 E.00486
G1 X173.305 Y146.162 E.05065
G3 X170.242 Y148.642 I-9.762 J-8.929 E.14732
G3 X169.049 Y149.326 I-17.217 J-28.623 E.05124
G1 X168.81 Y149.6 E.01355
G1 X168.74 Y150.08 E.01806
G1 X168.825 Y150.427 E.01331
G1 X169.089 Y150.699 E.01411
G3 X171.985 Y152.573 I-9.281 J17.524 E.12864
G3 X174.07 Y154.789 I-7.547 J9.186 E.11365
G1 X174.266 Y154.948 E.00941
G1 X174.552 Y155.039 E.01116
G1 X174.958 Y154.949 E.0155
G2 X177.467 Y153.339 I-5.287 J-11.001 E.11132
G3 X174.107 Y158.219 I-6.963 J-1.197 E.22773
M73 P2 R12
G3 X170.272 Y159.659 I-6.066 J-10.333 E.15335
G3 X168.289 Y159.934 I-3.7 J-19.39 E.07457
G1 X167.987 Y160.057 E.01217
G1 X167.761 Y160.335 E.01333
G1 X167.708 Y160.699 E.0137
G1 X167.78 Y160.928 E.00898
G3 X169.065 Y165.066 I-14.163 J6.665 E.16188
G3 X168.924 Y168.54 I-8.866 J1.381 E.13035
G3 X166.646 Y172.103 I-6.828 J-1.856 E.15995
G3 X166.769 Y170.958 I11.204 J.621 E.0429
G1 X166.808 Y170.152 E.03009
G1 X166.764 Y169.15 E.03734
G1 X166.689 Y168.83 E.01225
G1 X166.434 Y168.55 E.01411
G1 X166.317 Y168.492 E.00486
G1 X164.976 Y168.264 E.05065
G3 X161.298 Y166.851 I2.852 J-12.918 E.14732
G3 X160.108 Y166.16 I16.175 J-29.214 E.05124
G1 X159.743 Y166.091 E.01386
G1 X159.3 Y166.27 E.0178
G1 X159.041 Y166.519 E.01337
G1 X158.939 Y166.881 E.01401
G3 X158.765 Y170.326 I-19.816 J.724 E.12864
G3 X157.887 Y173.24 I-11.729 J-1.943 E.11365
G1 X157.846 Y173.506 E.01003
G1 X157.927 Y173.819 E.01204
G1 X158.206 Y174.097 E.01469
G2 X160.841 Y175.457 I6.902 J-10.144 E.11072
G3 X154.951 Y174.996 I-2.445 J-6.627 E.22704
G3 X151.771 Y172.385 I5.894 J-10.421 E.15401
G3 X150.542 Y170.806 I14.943 J-12.899 E.07457
G1 X150.284 Y170.605 E.01217
G1 X149.926 Y170.549 E.01348
G1 X149.589 Y170.685 E.01357
G1 X149.426 Y170.863 E.00898
G3 X146.485 Y174.044 I-12.854 J-8.933 E.16188
G3 X143.423 Y175.654 I-5.627 J-6.984 E.12968
G3 X139.181 Y175.458 I-1.814 J-6.742 E.16071
G2 X140.952 Y174.632 I-6.085 J-15.355 E.07284
G1 X141.798 Y174.093 E.03734
G1 X142.07 Y173.824 E.01426
G1 X142.152 Y173.503 E.01236
G1 X142.143 Y173.374 E.0048
G1 X141.671 Y172.102 E.05055
G3 X141.055 Y168.21 I12.613 J-3.989 E.14731
G3 X141.059 Y166.834 I33.377 J-.599 E.05124
G1 X140.956 Y166.52 E.01232
G1 X140.756 Y166.307 E.01088
G1 X140.31 Y166.095 E.0184
G1 X139.939 Y166.141 E.0139
G3 X137.502 Y167.454 I-14.357 J-23.739 E.10316
G3 X133.818 Y168.45 I-4.964 J-11.041 E.14275
G1 X133.582 Y168.541 E.00941
G1 X133.36 Y168.743 E.01116
G1 X133.235 Y169.14 E.0155
G2 X133.375 Y172.118 I12.172 J.922 E.11132
G3 X130.828 Y166.768 I4.518 J-5.432 E.22773
G3 X131.499 Y162.726 I11.981 J-.087 E.15335
G3 X132.252 Y160.872 I18.64 J6.49 E.07457
G1 X132.297 Y160.538 E.01256
G1 X132.165 Y160.205 E.01333
G1 X131.881 Y159.986 E.01337
G1 X131.646 Y159.934 E.00898
G3 X127.42 Y158.978 I1.309 J-15.598 E.16188
G3 X124.481 Y157.119 I3.237 J-8.369 E.13035
G3 X122.535 Y153.364 I5.021 J-4.985 E.15995
G3 X123.465 Y154.043 I-6.135 J9.386 E.0429
G1 X124.144 Y154.48 E.03008
G1 X125.033 Y154.943 E.03734
G1 X125.348 Y155.038 E.01225
G1 X125.718 Y154.957 E.01411
G1 X125.827 Y154.885 E.00486
G1 X126.695 Y153.838 E.05065
G3 X129.758 Y151.358 I9.762 J8.929 E.14732
G3 X130.951 Y150.674 I17.204 J28.6 E.05124
G1 X131.169 Y150.433 E.0121
G1 X131.257 Y150.142 E.01132
G1 X131.226 Y149.81 E.01245
G1 X130.797 Y149.843 F30000
; FEATURE: Outer wall
G1 F3000
G1 X130.687 Y149.699 E.00675
G3 X127.242 Y147.361 I7.96 J-15.432 E.15543
G3 X125.551 Y145.472 I9.665 J-10.358 E.09456
G1 X125.398 Y145.412 E.0061
G1 X125.245 Y145.461 E.00599
G2 X122.108 Y147.621 I5.752 J11.713 E.14236
G1 X121.987 Y147.625 E.00451
G1 X121.944 Y147.501 E.00489
G3 X123.192 Y143.741 I8.456 J.717 E.14894
G3 X126.145 Y141.109 I6.668 J4.509 E.14886
G3 X130.923 Y139.69 I6.226 J12.21 E.18668
G1 X131.712 Y139.595 E.02962
G1 X131.83 Y139.472 E.00635
G1 X131.827 Y139.294 E.00663
G3 X130.398 Y134.287 I13.125 J-6.451 E.19497
G3 X130.957 Y130.378 I8.434 J-.788 E.14844
G3 X133.377 Y127.278 I7.344 J3.237 E.14798
G1 X133.813 Y126.949 E.02037
G1 X133.95 Y126.935 E.00511
G1 X133.989 Y127.075 E.0054
G2 X133.649 Y129.829 I15.557 J3.317 E.10347
G1 X133.694 Y130.869 E.03878
G1 X133.756 Y131.028 E.00636
G1 X133.894 Y131.099 E.00579
G3 X138.83 Y132.696 I-1.48 J13.002 E.19449
G3 X140.081 Y133.424 I-12.092 J22.226 E.05394
G1 X140.228 Y133.455 E.0056
G1 X140.536 Y133.289 E.01302
G1 X140.604 Y133.124 E.00665
G3 X140.907 Y128.972 I17.345 J-.822 E.15543
G3 X141.699 Y126.546 I14.572 J3.42 E.09518
G1 X141.658 Y126.378 E.00644
G2 X138.115 Y124.655 I-7.053 J9.999 E.14738
G1 X138.05 Y124.553 E.00451
G1 X138.123 Y124.459 E.00441
G3 X142.245 Y123.668 I3.594 J7.586 E.15802
G3 X145.868 Y124.956 I-.861 J8.161 E.14454
G3 X149.39 Y128.323 I-7.602 J11.477 E.18248
G1 X149.867 Y128.96 E.02962
G1 X150.03 Y129.001 E.00624
G1 X150.185 Y128.908 E.00673
G3 X153.791 Y125.179 I12.154 J8.144 E.19427
G3 X157.472 Y123.698 I4.915 J6.9 E.14914
G3 X161.385 Y124.25 I.868 J7.98 E.14873
G1 X161.87 Y124.456 E.01961
G1 X161.95 Y124.568 E.00512
G1 X161.848 Y124.671 E.0054
G2 X159.294 Y125.754 I4.96 J15.259 E.10347
G1 X158.415 Y126.313 E.03878
G1 X158.308 Y126.446 E.00636
G1 X158.316 Y126.602 E.0058
G3 X159.401 Y131.674 I-12.001 J5.219 E.19449
G3 X159.396 Y133.122 I-25.3 J.641 E.05394
G1 X159.44 Y133.261 E.00541
G1 X159.737 Y133.448 E.0131
G1 X159.917 Y133.425 E.00675
G3 X163.664 Y131.611 I9.385 J14.61 E.15543
G3 X166.146 Y131.09 I4.138 J13.549 E.09456
G1 X166.274 Y130.988 E.0061
G1 X166.308 Y130.831 E.00599
G2 X166.007 Y127.035 I-13.02 J-.875 E.14236
G1 X166.063 Y126.928 E.00451
G1 X166.192 Y126.953 E.00489
G3 X168.825 Y129.913 I-4.849 J6.965 E.14894
M73 P3 R12
G3 X169.628 Y133.786 I-7.239 J3.52 E.14886
G3 X168.468 Y138.634 I-13.687 J-.713 E.18668
G1 X168.155 Y139.365 E.02962
G1 X168.202 Y139.528 E.00635
G1 X168.358 Y139.614 E.00663
G3 X173.391 Y140.873 I-.976 J14.597 E.19426
G3 X176.514 Y143.32 I-3.518 J7.707 E.14915
G3 X177.99 Y146.965 I-6.476 J4.742 E.14799
G1 X178.056 Y147.508 E.02036
G1 X178 Y147.633 E.00511
G1 X177.859 Y147.596 E.00541
G2 X175.644 Y145.925 I-10.652 J11.816 E.10347
G1 X174.721 Y145.445 E.03878
G1 X174.552 Y145.418 E.00636
G1 X174.422 Y145.503 E.00579
G3 X170.571 Y148.978 I-10.52 J-7.783 E.19448
G3 X169.315 Y149.698 I-13.206 J-21.591 E.05394
G1 X169.214 Y149.81 E.0056
G1 X169.204 Y150.16 E.01302
G1 X169.313 Y150.301 E.00665
G3 X172.758 Y152.639 I-7.96 J15.433 E.15543
G3 X174.449 Y154.528 I-9.665 J10.358 E.09456
G1 X174.602 Y154.588 E.0061
G1 X174.755 Y154.539 E.00599
G2 X177.868 Y152.4 I-6.052 J-12.144 E.14114
G1 X177.987 Y152.367 E.00459
G1 X178.052 Y152.448 E.00388
G1 X178.056 Y152.499 E.00191
G3 X176.808 Y156.259 I-8.456 J-.717 E.14894
G3 X173.855 Y158.891 I-6.668 J-4.509 E.14886
G3 X169.077 Y160.31 I-6.226 J-12.21 E.18668
G1 X168.288 Y160.405 E.02962
G1 X168.17 Y160.528 E.00635
G1 X168.173 Y160.706 E.00663
G3 X169.6 Y165.694 I-13.13 J6.453 E.19427
G3 X169.043 Y169.622 I-8.434 J.807 E.14914
G3 X166.623 Y172.722 I-7.344 J-3.237 E.14799
G1 X166.187 Y173.051 E.02036
G1 X166.05 Y173.065 E.00511
G1 X166.011 Y172.925 E.0054
G2 X166.351 Y170.171 I-15.558 J-3.317 E.10347
G1 X166.306 Y169.131 E.03878
G1 X166.244 Y168.972 E.00636
G1 X166.106 Y168.901 E.00579
G3 X161.17 Y167.304 I1.48 J-13.002 E.19449
G3 X159.919 Y166.576 I12.092 J-22.226 E.05394
G1 X159.779 Y166.544 E.00533
G1 X159.463 Y166.712 E.01332
G1 X159.396 Y166.876 E.00662
G3 X159.093 Y171.028 I-17.345 J.822 E.15543
G3 X158.304 Y173.437 I-13.801 J-3.19 E.09456
G1 X158.328 Y173.599 E.0061
G1 X158.46 Y173.717 E.00657
G2 X161.885 Y175.345 I7.277 J-10.895 E.14177
G1 X161.95 Y175.444 E.00439
G1 X161.865 Y175.546 E.00494
G3 X157.984 Y176.347 I-3.609 J-7.684 E.14897
G3 X154.227 Y175.104 I.571 J-8.03 E.14892
G3 X150.61 Y171.677 I7.462 J-11.496 E.18664
G1 X150.133 Y171.04 E.02962
G1 X149.967 Y171 E.00635
G1 X149.815 Y171.092 E.00663
G3 X146.209 Y174.821 I-12.154 J-8.144 E.19427
G3 X142.528 Y176.302 I-4.915 J-6.9 E.14914
G3 X138.615 Y175.75 I-.868 J-7.98 E.14873
G1 X138.13 Y175.544 E.01961
G1 X138.05 Y175.432 E.00512
G1 X138.152 Y175.329 E.0054
G2 X140.706 Y174.246 I-4.96 J-15.259 E.10347
G1 X141.585 Y173.687 E.03878
G1 X141.692 Y173.554 E.00636
G1 X141.684 Y173.398 E.0058
G3 X140.599 Y168.326 I12.001 J-5.219 E.19449
G3 X140.604 Y166.878 I25.3 J-.641 E.05394
G1 X140.559 Y166.737 E.0055
G1 X140.251 Y166.549 E.01343
G1 X140.083 Y166.575 E.00635
G3 X136.336 Y168.389 I-9.385 J-14.61 E.15543
G3 X133.854 Y168.91 I-4.138 J-13.549 E.09456
G1 X133.726 Y169.012 E.0061
G1 X133.692 Y169.169 E.00599
G2 X133.993 Y172.965 I13.02 J.875 E.14236
G1 X133.937 Y173.072 E.00451
G1 X133.808 Y173.047 E.00489
G3 X131.175 Y170.087 I4.849 J-6.965 E.14894
G3 X130.372 Y166.214 I7.239 J-3.52 E.14886
G3 X131.532 Y161.366 I13.687 J.713 E.18668
G1 X131.845 Y160.635 E.02962
G1 X131.797 Y160.472 E.00635
G1 X131.642 Y160.386 E.00663
G3 X126.609 Y159.127 I.976 J-14.597 E.19426
G3 X123.486 Y156.68 I3.518 J-7.707 E.14915
G3 X122.01 Y153.035 I6.476 J-4.742 E.14799
G1 X121.944 Y152.492 E.02036
G1 X122 Y152.367 E.00511
G1 X122.141 Y152.404 E.00541
G2 X124.356 Y154.075 I10.652 J-11.816 E.10347
G1 X125.279 Y154.555 E.03878
G1 X125.448 Y154.582 E.00636
G1 X125.578 Y154.497 E.00579
G3 X129.429 Y151.022 I10.52 J7.783 E.19448
G3 X130.685 Y150.302 I13.206 J21.591 E.05394
G1 X130.784 Y150.195 E.00541
G1 X130.794 Y149.903 E.01086
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X130.687 Y149.699 E-.01644
G1 X129.806 Y149.205 E-.07194
G1 X129.159 Y148.807 E-.05412
; WIPE_END
G1 E-.0075 F3600
G1 X152.515 Y151.439 F30000
G1 E.5 F2400
; FEATURE: Inner wall
G1 F3000
G1 X152.47 Y151.531 E.00381
G1 X151.955 Y152.15 E.03
G1 X151.298 Y152.599 E.02963
G1 X150.59 Y152.838 E.02783
G1 X150.328 Y152.887 E.00994
G1 X149.709 Y152.891 E.02307
G1 X148.923 Y152.699 E.03013
G1 X148.283 Y152.336 E.02742
G1 X148.074 Y152.176 E.00979
G1 X147.657 Y151.719 E.02305
G1 X147.274 Y151.006 E.03015
G3 X147.094 Y150.025 I4.455 J-1.322 E.0372
G1 X147.155 Y149.408 E.02309
G1 X147.424 Y148.657 E.0297
G1 X147.901 Y147.99 E.03055
G3 X148.697 Y147.402 I3.111 J3.374 E.03695
G1 X149.248 Y147.19 E.02197
G1 X149.934 Y147.095 E.02581
G1 X150.529 Y147.139 E.02223
G3 X151.432 Y147.471 I-1.339 J5.034 E.03586
G1 X151.935 Y147.832 E.02307
G1 X152.451 Y148.441 E.0297
G1 X152.781 Y149.146 E.02901
G1 X152.908 Y149.902 E.02856
G1 X152.836 Y150.641 E.02766
G3 X152.714 Y151.026 I-3.232 J-.807 E.01505
G1 X152.541 Y151.385 E.01484
G1 X152.099 Y151.243 F30000
G1 F3000
G1 X152.024 Y151.384 E.00597
G1 X151.613 Y151.847 E.02303
G1 X151.053 Y152.214 E.02494
G1 X150.459 Y152.4 E.02317
G1 X149.799 Y152.434 E.02463
G1 X149.643 Y152.426 E.00584
G1 X149.046 Y152.259 E.02307
G1 X148.522 Y151.947 E.02271
G1 X147.994 Y151.411 E.02802
G1 X147.683 Y150.803 E.02544
G1 X147.552 Y150.133 E.0254
G1 X147.61 Y149.453 E.02544
G1 X147.849 Y148.826 E.02499
G1 X148.263 Y148.269 E.02584
G1 X148.807 Y147.858 E.02542
G1 X149.412 Y147.617 E.02423
G1 X149.982 Y147.55 E.02138
G1 X150.487 Y147.595 E.01891
G1 X151.109 Y147.813 E.02455
G1 X151.669 Y148.204 E.02542
G1 X152.092 Y148.724 E.02499
G1 X152.36 Y149.325 E.0245
G1 X152.455 Y149.964 E.02405
G1 X152.382 Y150.582 E.02317
G3 X152.135 Y151.174 I-4.575 J-1.563 E.02392
G1 X152.127 Y151.19 E.00066
G1 X151.699 Y151.047 F30000
; FEATURE: Outer wall
G1 F3000
G1 X151.361 Y151.463 E.01995
G1 X150.915 Y151.776 E.02029
G1 X150.379 Y151.962 E.02112
G1 X149.823 Y151.991 E.02076
G1 X149.281 Y151.865 E.02072
M73 P4 R12
G1 X148.795 Y151.594 E.02072
G1 X148.402 Y151.201 E.0207
G1 X148.133 Y150.713 E.02074
G1 X148.009 Y150.172 E.0207
G1 X148.039 Y149.616 E.02074
G1 X148.221 Y149.09 E.02072
G1 X148.541 Y148.635 E.02072
G1 X148.973 Y148.285 E.02072
G1 X149.486 Y148.069 E.02072
G1 X150.026 Y148.002 E.02027
G1 X150.378 Y148.038 E.01317
G1 X150.87 Y148.199 E.01928
G1 X151.313 Y148.494 E.01985
G1 X151.678 Y148.914 E.02072
G1 X151.912 Y149.419 E.02072
G1 X151.998 Y149.968 E.02072
G1 X151.93 Y150.52 E.02072
G1 X151.727 Y150.995 E.01923
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X151.361 Y151.463 E-.04233
G1 X150.915 Y151.776 E-.03882
G1 X150.379 Y151.962 E-.0404
G1 X150.086 Y151.977 E-.02095
; WIPE_END
G1 E-.0075 F3600
G1 X167.409 Y130.808 F30000
G1 E.5 F2400
; FEATURE: Bottom surface
; LINE_WIDTH: 0.500979
G1 F6300
G1 X168.036 Y131.436 E.03313
G3 X168.236 Y132.283 I-8.266 J2.392 E.0325
G1 X167.456 Y131.504 E.04115
G1 X167.382 Y131.676 E.00701
G1 X167.199 Y131.895 E.01063
G1 X168.311 Y133.006 E.05868
G3 X168.325 Y133.668 I-5.303 J.446 E.02474
G1 X166.844 Y132.188 E.07817
G3 X166.374 Y132.365 I-.919 J-1.729 E.01883
G1 X168.292 Y134.283 E.10127
G3 X168.222 Y134.861 I-5.76 J-.407 E.02173
G1 X165.812 Y132.451 E.12721
G2 X165.26 Y132.546 I.675 J5.546 E.02093
G1 X168.125 Y135.411 E.15123
G3 X168.007 Y135.941 I-5.743 J-1 E.02027
G1 X164.728 Y132.662 E.17309
G1 X164.219 Y132.801 E.0197
G1 X167.871 Y136.453 E.19278
G1 X167.717 Y136.947 E.01931
G1 X163.734 Y132.964 E.21023
G2 X163.266 Y133.143 I1.194 J3.823 E.01874
G1 X167.548 Y137.425 E.22604
G3 X167.36 Y137.886 I-3.87 J-1.307 E.01856
G1 X162.81 Y133.335 E.24023
G1 X162.372 Y133.545 E.01811
G1 X167.166 Y138.339 E.25304
G1 X166.971 Y138.792 E.01841
G1 X161.945 Y133.766 E.26532
G1 X161.523 Y133.991 E.01788
G1 X167.07 Y139.539 E.29285
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X165.656 Y138.125 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X173.708 Y142.29 F30000
G1 E.5 F2400
G1 F6300
G1 X175.241 Y143.823 E.08093
G3 X175.756 Y144.515 I-6.39 J5.297 E.03221
G2 X174.929 Y144.158 I-1.472 J2.279 E.03379
G1 X172.824 Y142.054 E.1111
G2 X171.733 Y141.611 I-4.418 J9.314 E.04397
G1 X174.281 Y144.159 E.13449
G2 X173.811 Y144.337 I.284 J1.456 E.01884
G1 X170.815 Y141.34 E.1582
G2 X169.973 Y141.146 I-2.162 J7.457 E.03226
G1 X173.468 Y144.641 E.1845
G1 X173.174 Y144.995 E.01717
G1 X169.204 Y141.025 E.2096
G1 X168.464 Y140.933 E.02783
G1 X172.881 Y145.35 E.23316
G3 X172.581 Y145.698 I-2.811 J-2.117 E.01716
G1 X161.112 Y134.229 E.60542
G1 X160.702 Y134.466 E.01769
G1 X172.266 Y146.031 E.61046
G3 X171.934 Y146.346 I-2.607 J-2.417 E.01712
G1 X160.094 Y134.506 E.62501
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X161.508 Y135.92 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X157.994 Y125.281 F30000
G1 E.5 F2400
G1 F6300
G1 X157.699 Y124.986 E.01557
M73 P5 R12
G2 X157.145 Y125.079 I1.31 J9.49 E.02099
G1 X157.479 Y125.413 E.01763
G2 X157.19 Y125.772 I1.377 J1.407 E.01723
G1 X156.631 Y125.213 E.02947
G2 X156.152 Y125.381 I.946 J3.469 E.01899
G1 X157.034 Y126.264 E.04659
G2 X157.077 Y126.954 I1.078 J.28 E.02624
G1 X155.7 Y125.578 E.07265
G2 X155.271 Y125.796 I1.234 J2.959 E.018
G1 X157.459 Y127.985 E.11553
G3 X157.742 Y128.915 I-11.073 J3.874 E.03632
G1 X154.864 Y126.037 E.15195
G1 X154.476 Y126.297 E.01743
G1 X157.912 Y129.733 E.18134
G3 X158.014 Y130.483 I-6.264 J1.238 E.02829
G1 X154.103 Y126.572 E.20645
G2 X153.746 Y126.862 I2.551 J3.505 E.0172
G1 X158.071 Y131.187 E.2283
G3 X158.099 Y131.863 I-6.925 J.631 E.02528
G1 X153.399 Y127.163 E.2481
G2 X153.065 Y127.477 I2.321 J2.804 E.01712
G1 X158.302 Y132.715 E.27646
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X156.888 Y131.3 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X152.605 Y127.665 F30000
G1 E.5 F2400
G1 F6300
G1 X158.096 Y133.156 E.28984
G2 X158.473 Y134.132 I1.833 J-.147 E.03963
G2 X159.545 Y134.739 I1.6 J-1.577 E.04657
G1 X159.682 Y134.742 E.00513
G1 X171.591 Y146.65 E.62861
G1 X171.234 Y146.942 E.01719
G1 X152.435 Y128.143 E.99231
G2 X152.136 Y128.492 I2.978 J2.858 E.01716
G1 X170.861 Y147.217 E.98843
G3 X170.481 Y147.485 I-2.605 J-3.291 E.01736
G1 X151.85 Y128.854 E.98348
G1 X151.571 Y129.222 E.01726
G1 X170.086 Y147.737 E.97735
G3 X169.687 Y147.986 I-2.747 J-3.976 E.01756
G1 X151.292 Y129.591 E.97098
G3 X150.99 Y129.937 I-1.54 J-1.04 E.01718
G1 X169.275 Y148.222 E.96519
G1 X168.863 Y148.458 E.01771
G1 X150.58 Y130.175 E.96512
G3 X150.052 Y130.294 I-.468 J-.841 E.02049
G1 X168.469 Y148.711 E.97218
G1 X168.412 Y148.753 E.00263
G1 X168.165 Y149.055 E.01456
G1 X145.171 Y126.061 E1.21376
G2 X143.84 Y125.378 I-3.786 J5.735 E.05598
G1 X168.136 Y149.674 E1.28254
M73 P6 R12
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X166.722 Y148.26 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X175.267 Y155.509 F30000
G1 E.5 F2400
G1 F6300
G1 X175.546 Y155.788 E.01473
G3 X175.26 Y156.151 I-2.434 J-1.625 E.01723
G1 X174.944 Y155.834 E.01672
G1 X174.564 Y155.891 E.01434
G3 X174.311 Y155.849 I.014 J-.868 E.0096
G1 X174.949 Y156.487 E.0337
G3 X174.614 Y156.8 I-2.241 J-2.064 E.01712
G1 X170.06 Y152.246 E.2404
G2 X168.627 Y151.408 I-10.646 J16.566 E.06199
G3 X168.076 Y150.826 I1.235 J-1.72 E.0301
G1 X167.922 Y150.347 E.01878
G3 X167.896 Y150.082 I.623 J-.194 E.01003
G1 X142.906 Y125.092 E1.31915
G2 X142.134 Y124.968 I-1.713 J8.218 E.02917
G1 X174.257 Y157.09 E1.69563
G3 X173.877 Y157.358 I-2.169 J-2.67 E.01736
G1 X142.983 Y126.465 E1.63077
G3 X142.908 Y127.037 I-1.546 J.088 E.02168
G1 X173.477 Y157.606 E1.61364
G3 X173.057 Y157.834 I-2.184 J-3.529 E.01785
G1 X142.724 Y127.5 E1.60121
G2 X142.544 Y127.969 I3.912 J1.767 E.01873
G1 X172.619 Y158.043 E1.58755
G3 X172.161 Y158.234 I-2.116 J-4.438 E.0185
G1 X142.382 Y128.455 E1.57194
G2 X142.246 Y128.966 I3.967 J1.333 E.01977
G1 X171.685 Y158.406 E1.55402
G3 X171.193 Y158.561 I-1.912 J-5.205 E.01928
G1 X142.131 Y129.499 E1.5341
G2 X142.038 Y130.054 I4.377 J1.016 E.02102
G1 X170.683 Y158.699 E1.51209
M73 P7 R12
G1 X170.155 Y158.818 E.02023
G1 X141.968 Y130.632 E1.48789
G2 X141.924 Y131.236 I7.397 J.842 E.0226
G1 X169.608 Y158.92 E1.46136
G3 X169.035 Y158.994 I-.894 J-4.669 E.02161
G1 X141.903 Y131.862 E1.43221
G2 X141.901 Y132.508 I7.652 J.346 E.02412
G1 X168.456 Y159.063 E1.40175
G2 X167.913 Y159.167 I.073 J1.838 E.02072
G1 X141.906 Y133.161 E1.37281
G3 X141.8 Y133.678 I-2.967 J-.338 E.01974
G1 X141.792 Y133.695 E.00068
G1 X167.481 Y159.384 E1.35606
G2 X167.165 Y159.716 I.646 J.932 E.01722
G1 X141.538 Y134.089 E1.35278
G3 X141.205 Y134.403 I-.935 J-.658 E.01722
G1 X166.931 Y160.129 E1.358
G2 X166.867 Y160.713 I1.417 J.45 E.02208
G1 X140.777 Y134.623 E1.37719
G3 X140.255 Y134.749 I-.528 J-1.047 E.02022
G1 X167.174 Y161.667 E1.42093
G3 X167.613 Y162.754 I-9.712 J4.555 E.04377
G1 X139.377 Y134.519 E1.49047
G2 X137.892 Y133.682 I-9.329 J14.816 E.06364
G1 X151.142 Y146.931 E.69939
G3 X151.642 Y147.144 I-.364 J1.551 E.02041
G1 X152.281 Y147.614 E.02962
G1 X152.781 Y148.232 E.02964
G1 X152.894 Y148.421 E.00824
G1 X153.08 Y148.869 E.01809
G1 X167.907 Y163.697 E.78271
G3 X168.119 Y164.556 I-11.026 J3.175 E.03306
M73 P8 R12
G1 X153.271 Y149.708 E.78382
G3 X153.262 Y150.347 I-1.635 J.299 E.02403
G1 X168.246 Y165.331 E.79092
G3 X168.311 Y166.043 I-6.311 J.933 E.02672
G1 X153.17 Y150.903 E.79923
G3 X152.983 Y151.363 I-2.251 J-.646 E.0186
G1 X168.325 Y166.706 E.80989
G3 X168.288 Y167.316 I-4.036 J.058 E.02284
G1 X152.762 Y151.79 E.81957
G3 X152.473 Y152.149 I-1.354 J-.796 E.01726
G1 X168.205 Y167.882 E.83049
G3 X168.082 Y168.406 I-3.56 J-.562 E.02013
G1 X152.165 Y152.489 E.84021
G1 X151.777 Y152.749 E.01742
G1 X168.082 Y169.054 E.86066
M73 P8 R11
G1 X167.391 Y169.01 F30000
G1 F6300
G1 X167.885 Y169.504 E.02607
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X167.391 Y169.01 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X166.205 Y167.824 F30000
G1 E.5 F2400
G1 F6300
G1 X151.371 Y152.991 E.78302
G3 X150.887 Y153.155 I-.831 J-1.656 E.01913
G1 X165.173 Y167.44 E.75409
G3 X164.307 Y167.222 I3.228 J-14.66 E.03332
G1 X150.359 Y153.274 E.7363
G1 X149.711 Y153.273 E.02419
G1 X163.671 Y167.234 E.73691
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X162.256 Y165.819 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X150.521 Y146.958 F30000
G1 E.5 F2400
G1 F6300
G1 X136.684 Y133.121 E.73043
G2 X135.693 Y132.778 I-3.149 J7.487 E.03918
G1 X149.655 Y146.739 E.737
G1 X149.204 Y146.795 E.01695
G1 X149.101 Y146.834 E.0041
G1 X134.827 Y132.56 E.75347
G1 X134.047 Y132.427 E.02955
G1 X148.79 Y147.171 E.77828
M73 P9 R11
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X147.376 Y145.757 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X132.609 Y130.99 F30000
G1 E.5 F2400
G1 F6300
G1 X132.27 Y130.65 E.01792
G2 X132.077 Y131.106 I2.827 J1.464 E.01847
G1 X148.217 Y147.245 E.85194
G1 X147.847 Y147.524 E.01726
G1 X131.918 Y131.594 E.84087
G2 X131.795 Y132.118 I3.436 J1.086 E.02013
G1 X147.527 Y147.851 E.83047
G1 X147.244 Y148.215 E.01723
G1 X131.712 Y132.684 E.81986
G2 X131.675 Y133.294 I4.013 J.554 E.02284
G1 X147.022 Y148.641 E.81013
G1 X146.832 Y149.1 E.01851
G1 X131.689 Y133.957 E.79935
G2 X131.754 Y134.669 I6.453 J-.228 E.02673
G1 X146.744 Y149.659 E.79124
G1 X146.702 Y150.143 E.01815
G1 X146.727 Y150.29 E.00557
G1 X131.881 Y135.444 E.78372
G2 X132.093 Y136.303 I11.239 J-2.315 E.03306
G1 X146.902 Y151.113 E.78175
G1 X147.282 Y151.872 E.03169
G1 X147.879 Y152.53 E.03316
G1 X148.553 Y152.959 E.0298
G2 X148.878 Y153.089 I.583 J-.984 E.01315
G1 X162.108 Y166.318 E.69834
G3 X160.623 Y165.481 I7.845 J-15.652 E.06364
G1 X132.387 Y137.246 E1.49047
G2 X132.826 Y138.333 I10.151 J-3.468 E.04377
G1 X159.741 Y165.247 E1.42072
G2 X159.226 Y165.38 I.009 J1.099 E.02004
G1 X133.133 Y139.287 E1.37736
G3 X133.069 Y139.871 I-2.422 J.029 E.02197
G1 X158.791 Y165.593 E1.3578
G2 X158.456 Y165.906 I.969 J1.375 E.01716
G1 X132.835 Y140.285 E1.35244
M73 P10 R11
G3 X132.52 Y140.618 I-1.071 J-.697 E.0172
G1 X158.21 Y166.308 E1.35609
G1 X158.1 Y166.748 E.01694
G1 X158.101 Y166.846 E.00365
G1 X132.088 Y140.833 E1.37312
G3 X131.544 Y140.937 I-.632 J-1.827 E.02073
G1 X158.102 Y167.495 E1.40189
G3 X158.097 Y168.138 I-8.81 J.258 E.02401
G1 X130.965 Y141.006 E1.43221
G2 X130.392 Y141.08 I.321 J4.744 E.02161
G1 X158.076 Y168.764 E1.46136
G3 X158.032 Y169.368 I-7.441 J-.238 E.0226
G1 X129.845 Y141.182 E1.48789
G1 X129.317 Y141.301 E.02023
G1 X157.962 Y169.946 E1.51209
G3 X157.869 Y170.501 I-4.47 J-.46 E.02102
G1 X128.807 Y141.439 E1.5341
G2 X128.315 Y141.594 I1.42 J5.36 E.01928
G1 X157.754 Y171.034 E1.55402
G3 X157.618 Y171.545 I-4.103 J-.821 E.01977
G1 X127.839 Y141.766 E1.57194
G2 X127.381 Y141.957 I1.659 J4.629 E.0185
G1 X157.456 Y172.031 E1.58755
G3 X157.279 Y172.502 I-4.767 J-1.524 E.01878
G1 X126.943 Y142.166 E1.60134
M73 P11 R11
G2 X126.523 Y142.394 I1.764 J3.758 E.01785
G1 X157.097 Y172.968 E1.61393
G1 X157.05 Y173.089 E.00483
G2 X157.003 Y173.522 I1.83 J.419 E.01629
G1 X126.123 Y142.642 E1.63006
G2 X125.743 Y142.91 I1.789 J2.938 E.01736
G1 X157.861 Y175.027 E1.69537
G3 X157.097 Y174.912 I.71 J-7.278 E.02882
G1 X132.085 Y149.9 E1.32032
G1 X132.053 Y149.511 E.01456
G1 X131.938 Y149.203 E.01225
G1 X131.646 Y148.814 E.01817
G1 X131.417 Y148.619 E.01123
G3 X129.94 Y147.754 I10.052 J-18.845 E.06391
G1 X125.386 Y143.2 E.2404
G2 X125.051 Y143.513 I1.906 J2.377 E.01712
G1 X125.689 Y144.151 E.0337
G2 X125.056 Y144.166 I-.292 J1.003 E.024
G1 X124.74 Y143.849 E.01672
G2 X124.454 Y144.212 I2.149 J1.988 E.01723
G1 X124.733 Y144.491 E.01473
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X124.454 Y144.212 E-.02812
G1 X124.74 Y143.849 E-.03286
G1 X125.056 Y144.166 E-.03192
G1 X125.436 Y144.109 E-.02737
G1 X125.689 Y144.151 E-.01825
G1 X125.65 Y144.112 E-.00397
; WIPE_END
G1 E-.0075 F3600
G1 X131.861 Y150.323 F30000
G1 E.5 F2400
G1 F6300
G1 X156.163 Y174.625 E1.2828
G3 X154.835 Y173.945 I2.517 J-6.551 E.05579
G1 X131.838 Y150.948 E1.21394
G3 X131.533 Y151.29 I-1.381 J-.924 E.01718
G1 X149.947 Y169.705 E.97206
G2 X149.42 Y169.826 I-.058 J.96 E.02047
G1 X131.132 Y151.538 E.96535
G1 X130.723 Y151.776 E.01769
G1 X149.01 Y170.063 E.96531
G2 X148.708 Y170.409 I1.239 J1.386 E.01718
G1 X130.313 Y152.014 E.97101
G2 X129.914 Y152.263 I2.652 J4.7 E.01756
G1 X148.429 Y170.778 E.97735
G1 X148.15 Y171.146 E.01726
G1 X129.519 Y152.515 E.98348
M73 P12 R11
G2 X129.139 Y152.783 I2.225 J3.559 E.01736
G1 X147.864 Y171.508 E.98843
G3 X147.565 Y171.857 I-3.277 J-2.51 E.01716
G1 X128.766 Y153.058 E.99231
G1 X128.409 Y153.35 E.01719
G1 X140.311 Y165.251 E.62823
G3 X140.68 Y165.325 I-.002 J.967 E.01414
G1 X141.138 Y165.544 E.01895
G3 X141.597 Y165.95 I-1.099 J1.709 E.02297
G1 X141.695 Y166.103 E.00678
G1 X141.863 Y166.532 E.01719
G3 X141.904 Y166.844 I-1.103 J.304 E.01181
G1 X147.25 Y172.19 E.28216
G1 X146.935 Y172.523 E.0171
G1 X141.903 Y167.49 E.26563
G1 X141.901 Y168.137 E.02411
G1 X146.601 Y172.837 E.2481
G3 X146.254 Y173.138 I-3.192 J-3.322 E.01715
G1 X141.929 Y168.813 E.2283
G2 X141.986 Y169.517 I6.376 J-.156 E.02638
G1 X145.897 Y173.428 E.20645
G3 X145.524 Y173.703 I-2.631 J-3.183 E.0173
G1 X142.088 Y170.267 E.18134
G2 X142.258 Y171.085 I6.398 J-.899 E.03117
G1 X145.136 Y173.963 E.15195
G3 X144.729 Y174.204 I-2.026 J-2.96 E.01766
G1 X142.541 Y172.015 E.11553
G1 X142.923 Y173.046 E.04104
G1 X144.3 Y174.422 E.07265
G3 X143.848 Y174.619 I-1.65 J-3.173 E.01839
G1 X142.966 Y173.736 E.04659
G3 X142.81 Y174.228 I-1.409 J-.174 E.01938
G1 X143.369 Y174.787 E.02947
G3 X142.855 Y174.921 I-1.165 J-3.409 E.01983
G1 X142.521 Y174.587 E.01763
G3 X142.155 Y174.868 I-1.542 J-1.63 E.01728
G1 X142.482 Y175.195 E.01728
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X142.155 Y174.868 E-.03298
G1 X142.304 Y174.773 E-.01263
G1 X142.521 Y174.587 E-.02036
G1 X142.855 Y174.921 E-.03365
G1 X143.369 Y174.787 E-.03782
G1 X143.319 Y174.737 E-.00505
; WIPE_END
G1 E-.0075 F3600
G1 X139.898 Y165.486 F30000
G1 E.5 F2400
G1 F6300
G1 X128.066 Y153.654 E.62459
G2 X127.734 Y153.969 I2.275 J2.732 E.01712
G1 X139.299 Y165.535 E.61051
G1 X138.884 Y165.768 E.01776
G1 X127.419 Y154.302 E.60522
G2 X127.119 Y154.65 I2.511 J2.465 E.01716
G1 X131.536 Y159.067 E.23316
G1 X130.796 Y158.975 E.02783
G1 X126.826 Y155.005 E.2096
G1 X126.532 Y155.359 E.01717
G1 X130.027 Y158.854 E.1845
G3 X129.185 Y158.66 I1.32 J-7.652 E.03226
G1 X126.189 Y155.663 E.1582
G3 X125.719 Y155.841 I-.753 J-1.278 E.01884
G1 X128.267 Y158.389 E.1345
G3 X127.176 Y157.946 I3.327 J-9.756 E.04397
G1 X125.071 Y155.842 E.1111
G3 X124.244 Y155.485 I.645 J-2.636 E.03379
G2 X124.759 Y156.177 I6.905 J-4.605 E.03221
G1 X126.292 Y157.71 E.08093
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X124.878 Y156.296 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X132.931 Y160.462 F30000
M73 P13 R11
G1 E.5 F2400
G1 F6300
G1 X138.469 Y166 E.29237
G1 X138.054 Y166.233 E.01776
G1 X133.029 Y161.208 E.26528
G1 X132.834 Y161.661 E.01841
G1 X137.628 Y166.455 E.25304
G1 X137.19 Y166.665 E.01811
G1 X132.64 Y162.114 E.24022
G2 X132.452 Y162.575 I3.679 J1.766 E.01856
G1 X136.734 Y166.857 E.22604
G3 X136.266 Y167.036 I-1.662 J-3.644 E.01874
G1 X132.283 Y163.053 E.21023
G1 X132.129 Y163.547 E.01931
G1 X135.781 Y167.199 E.19278
G1 X135.272 Y167.338 E.0197
G1 X131.993 Y164.059 E.17309
G2 X131.875 Y164.589 I5.625 J1.53 E.02027
G1 X134.74 Y167.454 E.15123
G3 X134.188 Y167.549 I-1.227 J-5.451 E.02093
G1 X131.778 Y165.139 E.12721
G2 X131.708 Y165.717 I5.689 J.984 E.02173
G1 X133.626 Y167.635 E.10127
G1 X133.529 Y167.65 E.00368
G2 X133.156 Y167.812 I.509 J1.684 E.01523
G1 X131.675 Y166.332 E.07817
G2 X131.689 Y166.994 I5.317 J.216 E.02474
G1 X132.801 Y168.105 E.05868
G1 X132.618 Y168.324 E.01063
G1 X132.544 Y168.496 E.00701
G1 X131.764 Y167.717 E.04115
G2 X131.964 Y168.564 I8.465 J-1.545 E.0325
G1 X132.591 Y169.192 E.03313
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 0.4
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F6300
G1 X131.964 Y168.564 E-.06325
G1 X131.861 Y168.199 E-.02704
G1 X131.764 Y167.717 E-.03502
G1 X131.935 Y167.888 E-.0172
; WIPE_END
G1 E-.0075 F3600
M106 S255
M106 P2 S178
M204 S10000
M140 S60 ; set bed temperature
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X131.4 Y149.825 Z.4 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X131.397 Y149.726 E.00327
G1 X131.208 Y149.383 E.01302
G1 X131 Y149.186 E.00948
G3 X127.987 Y147.202 I9.524 J-17.736 E.11984
G3 X126.109 Y145.196 I7.745 J-9.134 E.09136
G1 X125.757 Y144.942 E.01439
G1 X125.455 Y144.853 E.01044
G1 X124.969 Y144.92 E.01628
G2 X123.187 Y145.958 I8.26 J16.223 E.06842
G1 X122.775 Y146.273 E.0172
G3 X124.697 Y142.883 I6.616 J1.511 E.1311
G3 X128.01 Y140.964 I6.196 J6.879 E.12792
G3 X131.287 Y140.263 I4.791 J14.394 E.11139
G1 X131.727 Y140.183 E.01485
G1 X132.112 Y139.941 E.01508
G1 X132.314 Y139.599 E.01317
G1 X132.378 Y139.314 E.00969
G1 X132.3 Y138.86 E.0153
G3 X131.002 Y134.162 I12.391 J-5.952 E.16255
G3 X131.539 Y130.572 I7.765 J-.672 E.1215
G3 X133.153 Y128.29 I6.47 J2.863 E.09333
G2 X133.052 Y130.375 I17.278 J1.883 E.06929
G1 X133.13 Y131.056 E.02273
G1 X133.352 Y131.408 E.0138
G1 X133.564 Y131.587 E.00921
G1 X133.926 Y131.717 E.01276
G3 X137.753 Y132.838 I-1.292 J11.499 E.13295
G3 X139.801 Y133.96 I-11.519 J23.465 E.07748
G1 X140.222 Y134.044 E.01425
G1 X140.471 Y134.023 E.00828
G1 X140.901 Y133.787 E.01625
G1 X141.133 Y133.428 E.01419
G1 X141.205 Y133.139 E.00988
G3 X141.285 Y130.465 I26.801 J-.53 E.08877
G3 X142.22 Y126.889 I11.992 J1.224 E.12308
G1 X142.262 Y126.634 E.00858
G1 X142.208 Y126.214 E.01406
G1 X141.958 Y125.859 E.0144
G1 X141.736 Y125.685 E.00936
G1 X140.764 Y125.099 E.03765
G2 X139.611 Y124.557 I-4.203 J7.452 E.04228
G3 X144.788 Y125.042 I1.998 J6.551 E.17692
G3 X148.194 Y127.809 I-5.612 J10.386 E.14642
G3 X149.331 Y129.24 I-31.656 J26.312 E.06063
G1 X149.743 Y129.472 E.01569
G1 X150.165 Y129.483 E.014
G1 X150.443 Y129.397 E.00965
G1 X150.798 Y129.101 E.01532
G3 X154.17 Y125.661 I11.439 J7.84 E.16062
G3 X157.594 Y124.299 I4.54 J6.428 E.12339
G3 X158.606 Y124.258 I.761 J6.335 E.03363
G1 X159.626 Y124.372 E.03404
G1 X160.397 Y124.559 E.02632
G2 X158.152 Y125.756 I5.871 J13.712 E.0845
G1 X157.837 Y126.114 E.01583
G1 X157.738 Y126.557 E.01507
G1 X157.774 Y126.862 E.01018
G3 X158.784 Y131.61 I-11.724 J4.976 E.162
G3 X158.792 Y133.147 I-28.512 J.911 E.05101
G1 X158.933 Y133.559 E.01445
G1 X159.098 Y133.782 E.00921
G1 X159.488 Y134.012 E.01501
G1 X159.915 Y134.035 E.01419
G1 X160.205 Y133.952 E.00999
G3 X163.43 Y132.335 I10.598 J17.116 E.11984
G3 X166.106 Y131.712 I4.038 J11.274 E.09136
G1 X166.502 Y131.534 E.01439
G1 X166.73 Y131.317 E.01044
G1 X166.915 Y130.862 E.01628
G2 X166.907 Y128.801 I-18.18 J-.958 E.06842
G1 X166.84 Y128.287 E.01719
G3 X168.815 Y131.646 I-4.617 J4.975 E.1311
G3 X168.821 Y135.474 I-9.056 J1.927 E.12792
G3 X167.883 Y138.448 I-14.88 J-3.053 E.10363
G1 X167.644 Y139.041 E.02119
G1 X167.65 Y139.516 E.01579
G1 X167.85 Y139.884 E.01389
G1 X168.065 Y140.082 E.00969
G1 X168.498 Y140.241 E.0153
G3 X173.163 Y141.442 I-1.07 J13.827 E.16062
G3 X176.055 Y143.726 I-3.252 J7.088 E.12341
G3 X177.226 Y146.266 I-5.736 J4.185 E.09339
G2 X175.47 Y145.135 I-10.254 J13.993 E.06935
G1 X174.841 Y144.862 E.02272
G1 X174.426 Y144.878 E.0138
G1 X174.165 Y144.973 E.00921
G1 X173.871 Y145.221 E.01276
G3 X170.986 Y147.975 I-9.313 J-6.869 E.13295
G3 X168.991 Y149.187 I-14.562 J-21.708 E.07748
G1 X168.707 Y149.51 E.01425
G1 X168.593 Y149.781 E.00974
G1 X168.593 Y150.234 E.01504
G1 X168.786 Y150.607 E.01394
G1 X169 Y150.814 E.00988
G3 X172.013 Y152.798 I-9.525 J17.738 E.11984
G3 X173.891 Y154.804 I-7.745 J9.134 E.09136
G1 X174.243 Y155.058 E.01439
G1 X174.545 Y155.147 E.01044
G1 X175.031 Y155.08 E.01628
G2 X176.813 Y154.042 I-8.26 J-16.223 E.06842
G1 X177.225 Y153.727 E.0172
G3 X175.303 Y157.117 I-6.616 J-1.511 E.1311
G3 X171.99 Y159.036 I-6.196 J-6.879 E.12792
G3 X168.946 Y159.712 I-4.796 J-14.413 E.10363
G1 X168.313 Y159.8 E.02119
G1 X167.906 Y160.041 E.01569
G1 X167.686 Y160.401 E.014
G1 X167.622 Y160.684 E.00963
G1 X167.7 Y161.14 E.01535
G3 X168.993 Y165.781 I-12.509 J5.987 E.16063
G3 X168.461 Y169.428 I-7.765 J.728 E.12341
G3 X166.847 Y171.712 I-6.492 J-2.875 E.09338
G2 X166.948 Y169.625 I-17.247 J-1.884 E.06935
G1 X166.87 Y168.944 E.02272
G1 X166.648 Y168.592 E.0138
G1 X166.436 Y168.413 E.00921
G1 X166.074 Y168.283 E.01276
G3 X162.247 Y167.162 I1.292 J-11.499 E.13295
G3 X160.199 Y166.04 I11.516 J-23.46 E.07748
G1 X159.768 Y165.956 E.01457
G1 X159.474 Y165.996 E.00984
G1 X159.082 Y166.23 E.01514
G1 X158.866 Y166.575 E.01349
G1 X158.795 Y166.861 E.0098
G3 X158.715 Y169.535 I-26.792 J.53 E.08877
G3 X157.79 Y173.078 I-11.837 J-1.196 E.12196
G1 X157.747 Y173.288 E.00709
G1 X157.762 Y173.697 E.0136
G1 X157.946 Y174.053 E.0133
G2 X160.379 Y175.446 I6.113 J-7.86 E.09329
G3 X158.499 Y175.745 I-2.029 J-6.69 E.06334
G1 X157.552 Y175.695 E.03148
G3 X154.049 Y174.255 I1.163 J-7.809 E.12687
G3 X151.062 Y171.263 I8.28 J-11.251 E.14077
G1 X150.669 Y170.76 E.02119
G1 X150.259 Y170.529 E.01562
G1 X149.835 Y170.517 E.01407
G1 X149.555 Y170.605 E.00975
G1 X149.202 Y170.899 E.01522
G3 X145.83 Y174.339 I-11.439 J-7.84 E.16062
G3 X142.406 Y175.701 I-4.54 J-6.429 E.12339
G3 X141.378 Y175.741 I-.758 J-6.306 E.03416
G1 X140.374 Y175.628 E.03352
G1 X139.603 Y175.441 E.02632
G2 X141.848 Y174.244 I-5.871 J-13.711 E.0845
G1 X142.163 Y173.886 E.01583
G1 X142.262 Y173.443 E.01507
G1 X142.226 Y173.138 E.01018
G3 X141.216 Y168.39 I11.724 J-4.976 E.162
G3 X141.201 Y166.794 I42.737 J-1.194 E.05297
G1 X141.053 Y166.405 E.0138
G1 X140.867 Y166.193 E.00937
G1 X140.486 Y165.98 E.01447
G1 X140.05 Y165.967 E.01444
G1 X139.795 Y166.048 E.00888
G3 X136.57 Y167.665 I-10.598 J-17.115 E.11984
G3 X133.894 Y168.288 I-4.038 J-11.274 E.09136
G1 X133.498 Y168.466 E.01439
G1 X133.27 Y168.683 E.01044
G1 X133.085 Y169.138 E.01628
G2 X133.093 Y171.199 I18.179 J.958 E.06842
G1 X133.16 Y171.713 E.01719
G3 X131.185 Y168.354 I4.617 J-4.975 E.1311
G3 X131.179 Y164.526 I9.056 J-1.927 E.12792
G3 X132.117 Y161.552 I14.88 J3.053 E.10363
G1 X132.356 Y160.959 E.02119
G1 X132.349 Y160.48 E.01591
G1 X132.15 Y160.116 E.01377
G1 X131.936 Y159.918 E.00966
G1 X131.502 Y159.759 E.01532
G3 X126.837 Y158.558 I1.07 J-13.827 E.16062
G3 X123.945 Y156.274 I3.252 J-7.088 E.12341
G3 X122.774 Y153.734 I5.736 J-4.185 E.09339
G2 X124.53 Y154.865 I10.254 J-13.993 E.06935
G1 X125.159 Y155.138 E.02272
G1 X125.574 Y155.122 E.0138
G1 X125.835 Y155.027 E.00921
G1 X126.129 Y154.779 E.01276
G3 X129.014 Y152.025 I9.313 J6.869 E.13295
G3 X131.009 Y150.813 I14.558 J21.703 E.07748
G1 X131.311 Y150.463 E.01533
G1 X131.413 Y150.18 E.00997
G1 X131.403 Y149.885 E.00979
M204 S10000
G1 X130.999 Y149.899 F30000
M204 S5000
G1 F8843.491
G1 X131 Y149.821 E.00261
G1 X130.797 Y149.54 E.0115
G3 X128.486 Y148.11 I13.138 J-23.822 E.09019
G3 X125.798 Y145.459 I7.194 J-9.983 E.12573
G1 X125.531 Y145.282 E.01063
G1 X125.182 Y145.283 E.01158
G2 X122.682 Y146.857 I4.864 J10.5 E.09827
G1 X122.18 Y147.291 E.02202
G3 X123.68 Y143.402 I7.702 J.737 E.14001
G3 X126.798 Y141.01 I6.498 J5.242 E.13161
G3 X131.489 Y139.832 I5.846 J13.358 E.16118
G1 X131.787 Y139.685 E.01104
G1 X131.952 Y139.412 E.01057
G1 X131.943 Y139.081 E.01097
G3 X130.717 Y135.208 I14.654 J-6.768 E.13514
G3 X130.834 Y131.379 I9.213 J-1.636 E.12797
M73 P14 R11
G3 X133.125 Y127.755 I7.09 J1.947 E.14432
G1 X133.741 Y127.264 E.02613
G2 X133.456 Y130.32 I13.944 J2.845 E.10201
G1 X133.507 Y130.885 E.01882
G1 X133.686 Y131.174 E.01125
G1 X133.983 Y131.314 E.01091
G3 X138.456 Y132.728 I-1.431 J12.3 E.15655
G3 X139.965 Y133.586 I-12.295 J23.391 E.0576
G1 X140.326 Y133.639 E.0121
G1 X140.647 Y133.464 E.01214
G1 X140.798 Y133.14 E.01186
G3 X140.88 Y130.423 I27.203 J-.533 E.0902
G3 X141.841 Y126.739 I12.396 J1.266 E.1268
G1 X141.838 Y126.4 E.01125
G1 X141.645 Y126.12 E.01126
G1 X140.579 Y125.461 E.04158
G2 X138.428 Y124.55 I-6.631 J12.657 E.07757
G3 X142.238 Y123.87 I3.278 J7.36 E.12963
G3 X145.913 Y125.227 I-.87 J8.014 E.13129
G3 X149.229 Y128.445 I-7.891 J11.448 E.15397
G1 X149.55 Y128.885 E.01808
G1 X149.829 Y129.07 E.01109
G1 X150.167 Y129.073 E.01122
G1 X150.469 Y128.861 E.01227
G3 X153.941 Y125.324 I11.688 J8.002 E.16525
G3 X157.5 Y123.902 I4.773 J6.778 E.12828
G3 X160.773 Y124.246 I.867 J7.499 E.11006
G1 X161.565 Y124.554 E.0282
G2 X159.016 Y125.691 I5.947 J16.759 E.0927
G1 X158.395 Y126.084 E.02438
G1 X158.18 Y126.345 E.01122
G1 X158.153 Y126.714 E.01229
G3 X159.185 Y131.367 I-11.8 J5.059 E.15899
G3 X159.197 Y133.102 I-26.401 J1.047 E.05759
G1 X159.336 Y133.446 E.0123
G1 X159.64 Y133.631 E.01181
G1 X160 Y133.6 E.01199
G3 X162.394 Y132.314 I14.06 J23.287 E.09019
G3 X166.034 Y131.311 I5.049 J11.221 E.12573
G1 X166.321 Y131.168 E.01063
G1 X166.494 Y130.866 E.01158
G2 X166.381 Y127.913 I-11.524 J-1.038 E.09827
G1 X166.256 Y127.261 E.02202
G3 X168.874 Y130.505 I-4.489 J6.301 E.14002
G3 X169.387 Y134.402 I-7.788 J3.007 E.1316
G3 X168.061 Y139.053 I-14.491 J-1.616 E.16118
G1 X168.04 Y139.387 E.0111
G1 X168.192 Y139.663 E.01045
G1 X168.484 Y139.822 E.01102
G3 X172.451 Y140.697 I-1.466 J16.077 E.13512
G3 X175.709 Y142.712 I-3.189 J8.797 E.12798
G3 X177.691 Y146.454 I-5.224 J5.162 E.14248
G1 X177.821 Y147.289 E.02804
G2 X175.315 Y145.512 I-9.224 J10.35 E.10211
G1 X174.8 Y145.274 E.01882
G1 X174.461 Y145.284 E.01125
G1 X174.191 Y145.472 E.01091
G3 X170.73 Y148.638 I-9.937 J-7.389 E.15655
G3 X169.232 Y149.516 I-14.111 J-22.346 E.0576
G1 X169.006 Y149.802 E.0121
G1 X168.998 Y150.17 E.01221
G1 X169.203 Y150.46 E.01178
G3 X171.514 Y151.89 I-13.141 J23.826 E.09019
G3 X174.202 Y154.541 I-7.193 J9.983 E.12573
G1 X174.469 Y154.718 E.01063
G1 X174.818 Y154.717 E.01158
G2 X177.318 Y153.143 I-4.864 J-10.5 E.09827
G1 X177.82 Y152.709 E.02202
G3 X176.32 Y156.598 I-7.702 J-.737 E.14001
G3 X173.202 Y158.99 I-6.498 J-5.241 E.13161
G3 X168.511 Y160.168 I-5.846 J-13.358 E.16118
G1 X168.211 Y160.316 E.01109
G1 X168.048 Y160.588 E.01052
G1 X168.057 Y160.919 E.01097
G3 X169.283 Y164.792 I-14.656 J6.769 E.13512
G3 X169.166 Y168.621 I-9.213 J1.636 E.12799
G3 X166.916 Y172.208 I-7.083 J-1.943 E.14248
G1 X166.258 Y172.738 E.02804
G2 X166.544 Y169.68 I-13.575 J-2.814 E.10212
G1 X166.493 Y169.115 E.01882
G1 X166.314 Y168.826 E.01125
G1 X166.017 Y168.686 E.01091
G3 X161.544 Y167.272 I1.431 J-12.3 E.15655
G3 X160.035 Y166.414 I12.294 J-23.389 E.0576
G1 X159.665 Y166.363 E.0124
G1 X159.344 Y166.546 E.01225
G1 X159.202 Y166.86 E.01144
G3 X158.983 Y170.541 I-20.5 J.622 E.12248
G3 X158.157 Y173.267 I-12.821 J-2.394 E.09466
G1 X158.173 Y173.635 E.01224
G1 X158.334 Y173.858 E.00913
G2 X160.58 Y175.089 I6.794 J-9.732 E.08513
G1 X161.55 Y175.452 E.03432
G3 X157.499 Y176.099 I-3.207 J-7.069 E.13771
G3 X153.815 Y174.589 I1.218 J-8.218 E.13337
G3 X150.45 Y171.115 I8.645 J-11.741 E.16118
G1 X150.172 Y170.93 E.01108
G1 X149.832 Y170.927 E.01127
G1 X149.531 Y171.139 E.01223
G3 X146.059 Y174.676 I-11.688 J-8.002 E.16525
G3 X142.454 Y176.106 I-4.778 J-6.788 E.12984
G3 X138.435 Y175.446 I-.783 J-7.802 E.13667
G2 X140.984 Y174.309 I-5.947 J-16.759 E.0927
G1 X141.605 Y173.916 E.02438
G1 X141.82 Y173.655 E.01122
G1 X141.847 Y173.286 E.01229
G3 X140.815 Y168.633 I11.8 J-5.059 E.15899
G3 X140.803 Y166.898 I26.398 J-1.047 E.05759
G1 X140.667 Y166.557 E.01218
G1 X140.357 Y166.369 E.01201
G1 X140 Y166.4 E.01188
G3 X137.606 Y167.686 I-14.059 J-23.284 E.09019
G3 X133.966 Y168.689 I-5.049 J-11.221 E.12573
G1 X133.679 Y168.832 E.01063
G1 X133.506 Y169.134 E.01158
G2 X133.619 Y172.087 I11.524 J1.038 E.09827
G1 X133.744 Y172.739 E.02202
G3 X131.126 Y169.495 I4.489 J-6.301 E.14002
G3 X130.613 Y165.598 I7.788 J-3.007 E.1316
G3 X131.939 Y160.947 I14.491 J1.616 E.16118
G1 X131.96 Y160.612 E.01112
G1 X131.807 Y160.335 E.01051
G1 X131.516 Y160.178 E.01096
G3 X127.549 Y159.303 I1.466 J-16.076 E.13512
G3 X124.291 Y157.288 I3.189 J-8.797 E.12798
G3 X122.309 Y153.546 I5.224 J-5.162 E.14248
G1 X122.179 Y152.711 E.02804
G2 X124.685 Y154.488 I9.224 J-10.35 E.10211
G1 X125.2 Y154.726 E.01882
G1 X125.539 Y154.716 E.01125
G1 X125.809 Y154.528 E.01091
G3 X129.27 Y151.362 I9.937 J7.389 E.15655
G3 X130.768 Y150.484 I14.108 J22.342 E.0576
G1 X130.995 Y150.194 E.01221
G1 X130.998 Y149.959 E.0078
M204 S10000
G1 X130.634 Y149.968 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X130.595 Y149.914 E.00205
G1 X130.54 Y149.836 E.00294
G3 X127.009 Y147.41 I8.068 J-15.528 E.13199
G3 X125.5 Y145.714 I9.374 J-9.858 E.06981
G1 X125.414 Y145.67 E.00297
G1 X125.38 Y145.653 E.00117
G1 X125.359 Y145.642 E.00074
G1 X124.97 Y145.818 E.01312
G2 X122.616 Y147.432 I5.464 J10.489 E.08792
G1 X122.16 Y147.805 E.01809
G1 X121.941 Y147.82 E.00673
G1 X121.808 Y147.71 E.00532
G1 X121.753 Y147.505 E.00651
G3 X123.04 Y143.625 I8.69 J.731 E.12679
G3 X126.057 Y140.941 I6.821 J4.628 E.12534
G3 X130.903 Y139.501 I6.314 J12.372 E.15622
G1 X131.459 Y139.437 E.01719
G1 X131.506 Y139.395 E.00193
G2 X131.568 Y139.284 I-.02 J-.085 E.00442
G1 X131.569 Y139.183 E.0031
G3 X130.204 Y134.214 I13.112 J-6.273 E.15916
G3 X130.807 Y130.252 I8.571 J-.724 E.1243
G3 X133.776 Y126.76 I7.477 J3.349 E.14274
G1 X133.977 Y126.734 E.00623
G1 X134.128 Y126.848 E.00583
G1 X134.186 Y127.038 E.00609
G2 X133.847 Y130.289 I13.968 J3.101 E.10068
G1 X133.905 Y130.84 E.017
G1 X133.925 Y130.853 E.00073
G1 X133.957 Y130.873 E.00116
G1 X134.038 Y130.926 E.00298
G3 X138.809 Y132.474 I-1.556 J12.92 E.15507
G3 X140.192 Y133.253 I-18.67 J34.743 E.0488
G1 X140.23 Y133.243 E.00122
G1 X140.347 Y133.21 E.00373
G1 X140.372 Y133.154 E.00188
G1 X140.413 Y133.065 E.003
G3 X140.748 Y128.794 I17.482 J-.777 E.13199
G3 X141.462 Y126.64 I13.223 J3.189 E.06981
G1 X141.462 Y126.532 E.00332
G1 X141.462 Y126.51 E.00067
G1 X141.311 Y126.362 E.00649
G1 X140.366 Y125.792 E.03391
G2 X138.093 Y124.849 I-6.656 J12.823 E.07571
G1 X137.919 Y124.742 E.00628
G1 X137.86 Y124.562 E.00583
G1 X137.917 Y124.383 E.00577
G1 X138.074 Y124.274 E.00587
G3 X142.344 Y123.489 I3.624 J7.703 E.1349
G3 X146.134 Y124.903 I-.973 J8.392 E.12553
G3 X149.877 Y128.662 I-8.372 J12.079 E.16387
G1 X149.937 Y128.682 E.00197
G2 X150.066 Y128.677 I.062 J-.062 E.00446
G1 X150.153 Y128.63 E.00302
G3 X153.724 Y124.998 I12 J8.228 E.15732
G3 X157.506 Y123.504 I4.96 J7.024 E.12613
G3 X162.014 Y124.329 I.825 J8.225 E.14271
G1 X162.138 Y124.492 E.00626
G1 X162.117 Y124.667 E.00544
G1 X161.979 Y124.823 E.0064
G2 X158.993 Y126.155 I4.406 J13.888 E.10067
G1 X158.544 Y126.485 E.01712
G1 X158.543 Y126.506 E.00065
G1 X158.542 Y126.541 E.00106
G1 X158.538 Y126.64 E.00305
G3 X159.583 Y131.545 I-11.968 J5.113 E.15507
G3 X159.599 Y133.133 I-39.378 J1.202 E.0488
G1 X159.627 Y133.161 E.00122
G1 X159.713 Y133.245 E.00368
G1 X159.776 Y133.239 E.00195
G1 X159.872 Y133.23 E.00298
G3 X163.739 Y131.384 I9.414 J14.751 E.13199
G3 X165.962 Y130.926 I3.85 J13.047 E.06981
G1 X166.043 Y130.873 E.00297
G1 X166.075 Y130.852 E.00117
G1 X166.095 Y130.839 E.00074
G1 X166.137 Y130.414 E.01312
G2 X165.916 Y127.569 I-11.815 J-.512 E.08792
G1 X165.821 Y126.987 E.01809
G1 X165.917 Y126.791 E.00673
G1 X166.079 Y126.73 E.00531
G1 X166.284 Y126.785 E.00651
G3 X169.001 Y129.84 I-4.978 J7.161 E.12679
G3 X169.817 Y133.794 I-7.419 J3.593 E.12534
G3 X168.641 Y138.711 I-13.871 J-.718 E.15622
G1 X168.418 Y139.224 E.01719
G1 X168.431 Y139.286 E.00193
G2 X168.497 Y139.396 I.083 J.025 E.00442
G1 X168.584 Y139.447 E.0031
G3 X173.514 Y140.724 I-1.126 J14.506 E.15732
G3 X176.699 Y143.252 I-3.607 J7.812 E.12613
G3 X178.242 Y147.545 I-6.773 J4.858 E.14198
G1 X178.226 Y147.657 E.00348
G1 X178.11 Y147.787 E.00537
G1 X177.927 Y147.836 E.0058
G1 X177.734 Y147.733 E.00671
G2 X175.147 Y145.866 I-9.775 J10.817 E.09824
G1 X174.641 Y145.642 E.017
G1 X174.62 Y145.653 E.00073
G1 X174.586 Y145.67 E.00116
G1 X174.5 Y145.714 E.00298
G3 X170.774 Y149.071 I-10.411 J-7.808 E.15507
G3 X169.407 Y149.88 I-20.754 J-33.541 E.0488
G1 X169.397 Y149.918 E.00122
G1 X169.367 Y150.035 E.00373
G1 X169.402 Y150.085 E.00188
G1 X169.46 Y150.164 E.003
G3 X172.991 Y152.59 I-8.068 J15.528 E.13199
G3 X174.5 Y154.286 I-9.374 J9.858 E.06981
G1 X174.586 Y154.33 E.00297
G1 X174.62 Y154.347 E.00117
G1 X174.641 Y154.358 E.00074
G1 X175.03 Y154.182 E.01312
G2 X177.384 Y152.568 I-5.464 J-10.489 E.08792
G1 X177.84 Y152.195 E.01809
G1 X178.059 Y152.18 E.00673
G1 X178.192 Y152.29 E.00532
G1 X178.247 Y152.495 E.00651
G3 X176.96 Y156.375 I-8.69 J-.731 E.12679
G3 X173.943 Y159.059 I-6.821 J-4.628 E.12534
G3 X169.097 Y160.499 I-6.314 J-12.372 E.15622
G1 X168.541 Y160.563 E.01719
G1 X168.494 Y160.605 E.00194
G2 X168.432 Y160.717 I.021 J.085 E.00443
G1 X168.431 Y160.817 E.00307
G3 X169.786 Y165.643 I-13.189 J6.307 E.15477
G3 X169.22 Y169.691 I-8.626 J.857 E.1268
G3 X166.746 Y172.867 I-7.52 J-3.306 E.12496
G1 X166.316 Y173.191 E.01656
G1 X166.142 Y173.273 E.00592
G1 X165.971 Y173.237 E.00537
G1 X165.838 Y173.103 E.0058
G1 X165.83 Y172.885 E.00671
G2 X166.153 Y169.711 I-14.255 J-3.057 E.09824
G1 X166.095 Y169.16 E.017
G1 X166.075 Y169.147 E.00073
G1 X166.043 Y169.127 E.00116
G1 X165.962 Y169.074 E.00298
G3 X161.191 Y167.526 I1.556 J-12.92 E.15507
G3 X159.796 Y166.745 I24.989 J-46.263 E.04915
G1 X159.766 Y166.755 E.00097
G1 X159.648 Y166.794 E.00381
G1 X159.628 Y166.842 E.0016
G1 X159.587 Y166.935 E.00311
G3 X159.252 Y171.206 I-17.482 J.777 E.13199
G3 X158.538 Y173.36 I-13.223 J-3.189 E.06981
G1 X158.543 Y173.457 E.00297
G1 X158.545 Y173.495 E.00117
G1 X158.546 Y173.519 E.00074
G2 X159.987 Y174.391 I5.284 J-7.102 E.05182
G2 X162.021 Y175.209 I10.643 J-23.516 E.06739
G1 X162.141 Y175.389 E.00666
G1 X162.111 Y175.558 E.00528
G1 X161.964 Y175.71 E.00648
G3 X157.961 Y176.535 I-3.716 J-7.9 E.12679
G3 X154.124 Y175.264 I.597 J-8.224 E.12548
G3 X150.456 Y171.788 I7.56 J-11.652 E.15613
G1 X150.123 Y171.338 E.01719
G1 X150.063 Y171.318 E.00197
G2 X149.934 Y171.323 I-.062 J.062 E.00446
G1 X149.847 Y171.37 E.00301
G3 X146.276 Y175.002 I-12 J-8.228 E.15732
G3 X142.494 Y176.496 I-4.96 J-7.024 E.12613
G3 X137.986 Y175.671 I-.825 J-8.225 E.14271
G1 X137.862 Y175.508 E.00626
G1 X137.883 Y175.333 E.00544
G1 X138.021 Y175.177 E.0064
G2 X141.007 Y173.845 I-4.406 J-13.888 E.10067
G1 X141.456 Y173.515 E.01712
G1 X141.457 Y173.494 E.00065
G1 X141.458 Y173.459 E.00106
G1 X141.462 Y173.36 E.00305
G3 X140.417 Y168.455 I11.968 J-5.113 E.15507
G3 X140.401 Y166.867 I39.365 J-1.201 E.0488
G1 X140.373 Y166.839 E.00123
G1 X140.29 Y166.756 E.0036
G1 X140.223 Y166.762 E.00206
G1 X140.128 Y166.77 E.00294
G3 X136.261 Y168.616 I-9.414 J-14.751 E.13199
G3 X134.038 Y169.074 I-3.85 J-13.047 E.06981
G1 X133.957 Y169.127 E.00297
G1 X133.925 Y169.148 E.00117
G1 X133.905 Y169.161 E.00074
G1 X133.863 Y169.586 E.01312
G2 X134.084 Y172.431 I11.815 J.512 E.08792
G1 X134.179 Y173.013 E.01809
G1 X134.083 Y173.209 E.00673
G1 X133.921 Y173.27 E.00531
G1 X133.716 Y173.215 E.00651
G3 X130.999 Y170.16 I4.978 J-7.161 E.12679
G3 X130.183 Y166.206 I7.419 J-3.593 E.12534
G3 X131.359 Y161.289 I13.871 J.718 E.15622
G1 X131.582 Y160.776 E.01719
G1 X131.569 Y160.713 E.00196
G2 X131.501 Y160.604 I-.084 J-.023 E.00445
G1 X131.416 Y160.553 E.00303
G3 X126.56 Y159.314 I1.133 J-14.576 E.15476
G3 X123.337 Y156.799 I3.57 J-7.899 E.1268
G3 X121.824 Y153.07 I6.623 J-4.86 E.12496
G1 X121.758 Y152.535 E.01656
G1 X121.774 Y152.343 E.00592
G1 X121.89 Y152.213 E.00537
G1 X122.073 Y152.164 E.0058
G1 X122.266 Y152.267 E.00671
G2 X124.853 Y154.134 I9.775 J-10.817 E.09824
G1 X125.359 Y154.358 E.017
G1 X125.38 Y154.347 E.00073
G1 X125.414 Y154.33 E.00116
G1 X125.5 Y154.286 E.00298
G3 X129.226 Y150.929 I10.411 J7.808 E.15507
G3 X130.593 Y150.12 I20.731 J33.504 E.0488
G1 X130.603 Y150.082 E.00123
G1 X130.618 Y150.026 E.00176
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X130.595 Y149.914 E-.00819
G1 X130.54 Y149.836 E-.00681
G1 X129.71 Y149.369 E-.06787
G1 X128.997 Y148.93 E-.05963
; WIPE_END
G1 E-.0075 F3600
G1 X152.23 Y151.317 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X152.181 Y151.427 E.00401
G1 X151.753 Y151.922 E.02169
G3 X151.001 Y152.402 I-2.442 J-3.003 E.02966
G1 X150.468 Y152.559 E.01843
G3 X149.576 Y152.567 I-.48 J-3.989 E.02965
G1 X149.041 Y152.418 E.01843
G1 X148.411 Y152.06 E.02402
G1 X147.905 Y151.543 E.02402
G1 X147.561 Y150.905 E.02402
G1 X147.406 Y150.201 E.02393
G1 X147.445 Y149.519 E.02266
G1 X147.692 Y148.801 E.02517
G1 X148.117 Y148.205 E.0243
G1 X148.685 Y147.755 E.02402
G1 X149.325 Y147.485 E.02303
G1 X149.994 Y147.395 E.02242
G1 X150.504 Y147.443 E.01698
G1 X151.126 Y147.654 E.02178
G1 X151.729 Y148.056 E.02402
G1 X152.197 Y148.607 E.02402
G1 X152.496 Y149.267 E.02403
G1 X152.602 Y149.983 E.02402
G1 X152.505 Y150.701 E.02402
G1 X152.254 Y151.262 E.02039
M204 S10000
G1 X151.866 Y151.146 F30000
M204 S5000
G1 F8843.491
G1 X151.836 Y151.21 E.00234
G1 X151.448 Y151.653 E.01951
G1 X150.937 Y151.988 E.02029
G1 X150.353 Y152.169 E.02029
G1 X149.741 Y152.182 E.02029
G1 X149.15 Y152.026 E.02029
G1 X148.624 Y151.713 E.02029
G1 X148.205 Y151.268 E.02029
G1 X147.925 Y150.724 E.02029
G1 X147.806 Y150.126 E.02021
G1 X147.85 Y149.555 E.01899
G1 X148.073 Y148.945 E.02155
G1 X148.44 Y148.453 E.02038
G1 X148.927 Y148.082 E.02029
G1 X149.471 Y147.865 E.01943
G1 X150.036 Y147.8 E.01886
G1 X150.466 Y147.853 E.01438
G1 X150.99 Y148.038 E.01843
G1 X151.492 Y148.387 E.02029
G1 X151.879 Y148.861 E.02029
G1 X152.12 Y149.423 E.02029
G1 X152.197 Y150.029 E.02029
G1 X152.104 Y150.634 E.02029
G1 X151.891 Y151.092 E.01675
M204 S10000
G1 X151.528 Y150.963 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.52 Y150.98 E.00059
G1 X151.19 Y151.361 E.01547
G1 X150.769 Y151.637 E.01547
G1 X150.288 Y151.785 E.01547
G1 X149.785 Y151.796 E.01547
G1 X149.298 Y151.667 E.01547
G1 X148.866 Y151.409 E.01547
G1 X148.522 Y151.042 E.01547
G1 X148.292 Y150.594 E.01547
G1 X148.194 Y150.101 E.01543
M73 P15 R11
G1 X148.231 Y149.636 E.01434
G1 X148.398 Y149.159 E.01553
G1 X148.697 Y148.743 E.01573
G1 X149.095 Y148.432 E.01552
G1 X149.563 Y148.243 E.01552
G1 X150.04 Y148.192 E.01472
G1 X150.34 Y148.224 E.00928
G1 X150.816 Y148.386 E.01547
G1 X151.229 Y148.674 E.01547
G1 X151.546 Y149.062 E.01539
G1 X151.745 Y149.527 E.01555
G1 X151.808 Y150.026 E.01547
G1 X151.731 Y150.524 E.01547
G1 X151.553 Y150.908 E.01303
M204 S10000
G1 X152.399 Y151.352 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.421804
G1 F9501.589
G1 X168.53 Y135.22 E.70436
G2 X168.622 Y134.593 I-6.37 J-1.254 E.0196
G1 X152.901 Y150.314 E.68644
G1 X152.936 Y150.113 E.0063
G1 X152.904 Y149.775 E.01047
G1 X168.672 Y134.007 E.68847
G2 X168.689 Y133.455 I-4.829 J-.424 E.01708
G1 X152.844 Y149.299 E.6918
G2 X152.701 Y148.907 I-1.309 J.258 E.01295
G1 X168.669 Y132.938 E.69723
G2 X168.622 Y132.45 I-3.583 J.099 E.01517
G1 X152.538 Y148.533 E.70227
G1 X152.312 Y148.224 E.01184
G1 X168.547 Y131.989 E.70887
G2 X168.446 Y131.554 I-2.95 J.456 E.0138
G1 X152.075 Y147.925 E.71478
G2 X151.779 Y147.685 I-1.547 J1.61 E.01178
G1 X168.322 Y131.143 E.72229
G2 X168.176 Y130.753 I-2.55 J.732 E.01287
G1 X151.463 Y147.46 E.72959
G2 X151.096 Y147.296 I-.634 J.93 E.01246
G1 X168.007 Y130.385 E.73838
G2 X167.818 Y130.038 I-2.297 J1.028 E.01221
G1 X167.257 Y130.6 E.02451
G1 X167.282 Y130.039 E.01732
G1 X167.611 Y129.71 E.01439
G2 X167.39 Y129.395 I-1.682 J.95 E.01189
G1 X167.112 Y129.673 E.01211
G1 X150.565 Y147.292 F30000
G1 F9501.589
G1 X165.761 Y132.095 E.66351
G2 X165.115 Y132.206 I.591 J5.4 E.02026
G1 X150.243 Y147.078 E.64934
G2 X149.688 Y147.097 I-.219 J1.742 E.0172
G1 X164.413 Y132.372 E.64291
G2 X163.634 Y132.615 I1.476 J6.096 E.02522
G1 X148.984 Y147.266 E.63967
G2 X148.514 Y147.47 I.533 J1.865 E.01587
G1 X147.937 Y147.907 E.02233
G1 X147.497 Y148.469 E.02203
G2 X147.277 Y148.972 I1.501 J.956 E.01703
G1 X131.47 Y164.779 E.6902
G2 X131.378 Y165.407 I6.37 J1.254 E.0196
G1 X147.102 Y149.683 E.68657
G2 X147.078 Y150.243 I1.639 J.35 E.01737
G1 X131.328 Y165.993 E.68769
G2 X131.311 Y166.545 I4.83 J.424 E.01708
G1 X147.165 Y150.692 E.69221
G2 X147.295 Y151.098 I.845 J-.046 E.01331
G1 X131.331 Y167.062 E.69703
G2 X131.378 Y167.55 I3.583 J-.099 E.01517
G1 X147.469 Y151.46 E.70257
G2 X147.679 Y151.785 I1.653 J-.835 E.01199
G1 X131.453 Y168.011 E.70846
G2 X131.554 Y168.446 I2.95 J-.456 E.0138
G1 X147.938 Y152.062 E.71537
G1 X148.128 Y152.265 E.0086
G1 X148.216 Y152.32 E.00318
G1 X131.678 Y168.857 E.72207
G2 X131.824 Y169.247 I2.55 J-.732 E.01287
G1 X148.545 Y152.527 E.73006
G2 X148.894 Y152.714 I.742 J-.966 E.01228
G1 X131.865 Y169.742 E.7435
G1 X132.488 Y170.727 F30000
G1 F9501.589
G1 X132.726 Y170.489 E.01039
G3 X132.718 Y169.961 I2.858 J-.304 E.01634
G1 X132.389 Y170.29 E.01439
G3 X132.182 Y169.962 I1.905 J-1.429 E.01201
G1 X132.921 Y169.223 E.03227
G1 X134.039 Y168.105 F30000
G1 F9501.589
G1 X149.307 Y152.836 E.66668
G2 X149.761 Y152.919 I.513 J-1.527 E.01427
G1 X134.885 Y167.794 E.64951
G2 X135.587 Y167.628 I-.96 J-5.624 E.02228
G1 X150.303 Y152.912 E.64256
G1 X150.401 Y152.91 E.00301
G1 X151.008 Y152.743 E.01945
G1 X136.366 Y167.385 E.6393
G2 X137.253 Y167.034 I-2.351 J-7.239 E.02945
G1 X168.392 Y135.895 E1.35962
G3 X168.196 Y136.626 I-21.32 J-5.307 E.02337
G1 X138.316 Y166.506 E1.30464
G2 X139.552 Y165.806 I-12.198 J-22.981 E.04384
G1 X167.933 Y137.425 E1.2392
G3 X167.568 Y138.326 I-7.957 J-2.698 E.03001
G1 X140.263 Y165.631 E1.19222
G3 X140.629 Y165.677 I.066 J.962 E.01146
G1 X140.714 Y165.716 E.00289
G1 X167.312 Y139.117 E1.16135
G2 X167.339 Y139.627 I1.153 J.196 E.01588
G1 X141.047 Y165.919 E1.14798
G3 X141.31 Y166.192 I-.523 J.768 E.01178
G1 X167.52 Y139.981 E1.14443
G2 X167.765 Y140.273 I.957 J-.554 E.0118
G1 X141.477 Y166.56 E1.14778
G3 X141.538 Y167.035 I-1.269 J.403 E.01488
G1 X168.111 Y140.463 E1.16025
M73 P16 R11
G2 X168.531 Y140.578 I.594 J-1.342 E.01351
G1 X141.534 Y167.575 E1.17876
G2 X141.541 Y168.104 I8.796 J.158 E.01635
G1 X169.014 Y140.631 E1.19957
M73 P16 R10
G3 X169.48 Y140.701 I-.421 J4.365 E.01454
G1 X141.554 Y168.627 E1.21931
G1 X141.589 Y169.128 E.01551
G1 X169.94 Y140.776 E1.23789
G3 X170.387 Y140.865 I-.389 J3.125 E.01408
G1 X141.63 Y169.622 E1.25559
G1 X141.692 Y170.096 E.01475
G1 X170.819 Y140.969 E1.27177
G3 X171.248 Y141.076 I-.712 J3.756 E.01365
G1 X141.772 Y170.552 E1.28702
G2 X141.866 Y170.993 I4.587 J-.753 E.01394
G1 X171.66 Y141.2 E1.30085
G1 X172.05 Y141.345 E.01287
G1 X141.976 Y171.419 E1.31312
G1 X142.098 Y171.833 E.01332
G1 X172.441 Y141.49 E1.32486
G3 X172.818 Y141.649 I-.956 J2.794 E.01264
G1 X142.241 Y172.226 E1.33509
G1 X142.386 Y172.617 E.01287
G1 X173.18 Y141.823 E1.34455
G1 X173.533 Y142.005 E.01228
G1 X142.531 Y173.008 E1.35365
G3 X142.591 Y173.484 I-.885 J.353 E.01497
G1 X173.869 Y142.205 E1.3657
G3 X174.193 Y142.418 I-1.535 J2.694 E.01196
G1 X141.214 Y175.396 E1.43994
G2 X141.736 Y175.411 I.352 J-3.306 E.01612
G1 X174.504 Y142.642 E1.43077
G3 X174.803 Y142.879 I-1.518 J2.218 E.01178
G1 X142.12 Y175.562 E1.42703
G1 X141.287 Y174.788 F30000
G1 F9501.589
G1 X140.583 Y175.492 E.03073
G1 E-.35 F3600
; WIPE_START
G1 F9501.589
G1 X141.287 Y174.788 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X131.387 Y164.326 F30000
G1 E.5 F2400
G1 F9501.589
G1 X162.747 Y132.966 E1.36926
G2 X161.676 Y133.501 I7.208 J15.766 E.03697
G1 X131.804 Y163.374 E1.30432
G3 X132.067 Y162.575 I9.571 J2.711 E.02599
G1 X160.469 Y134.173 E1.2401
G3 X159.737 Y134.369 I-.65 J-.963 E.02383
G1 X132.429 Y161.677 E1.19237
G1 X132.65 Y161.153 E.01757
G2 X132.692 Y160.878 I-.706 J-.249 E.00865
G1 X159.286 Y134.284 E1.16115
G3 X158.949 Y134.085 I.468 J-1.171 E.01212
G1 X132.661 Y160.373 E1.14784
G2 X132.48 Y160.019 I-1.07 J.322 E.01236
G1 X158.694 Y133.805 E1.14458
G3 X158.526 Y133.436 I.906 J-.635 E.01256
G1 X132.235 Y159.728 E1.14794
G2 X131.889 Y159.537 I-.619 J.715 E.01227
G1 X158.461 Y132.966 E1.16018
M73 P17 R10
G1 X158.466 Y132.425 E.01669
G1 X131.469 Y159.422 E1.17874
G1 X130.986 Y159.369 E.01501
G1 X158.459 Y131.896 E1.19957
G2 X158.446 Y131.373 I-5.701 J-.114 E.01614
G1 X130.52 Y159.299 E1.21931
G1 X130.06 Y159.224 E.0144
G1 X158.411 Y130.872 E1.23789
G2 X158.37 Y130.378 I-4.083 J.094 E.01532
G1 X129.613 Y159.135 E1.2556
G1 X129.181 Y159.031 E.01373
G1 X158.308 Y129.904 E1.27177
G2 X158.228 Y129.448 I-3.678 J.404 E.01432
G1 X128.752 Y158.924 E1.28702
G3 X128.34 Y158.8 I.788 J-3.35 E.01328
G1 X158.134 Y129.007 E1.30086
G2 X158.024 Y128.581 I-4.755 J1.002 E.01358
G1 X127.95 Y158.655 E1.31312
G1 X127.559 Y158.51 E.01287
G1 X157.902 Y128.167 E1.32486
G2 X157.759 Y127.774 I-2.913 J.834 E.01293
G1 X127.182 Y158.351 E1.33509
G3 X126.82 Y158.177 I1.489 J-3.562 E.0124
G1 X157.614 Y127.383 E1.34456
G1 X157.469 Y126.992 E.01287
G1 X126.467 Y157.995 E1.35365
G3 X126.131 Y157.795 I1.45 J-2.818 E.01208
G1 X157.421 Y126.504 E1.36622
G1 X157.469 Y126.144 E.01123
G1 X157.546 Y125.954 E.00633
G3 X157.958 Y125.488 I1.521 J.931 E.01932
G3 X159.142 Y124.783 I5.779 J8.366 E.04257
G1 X159.27 Y124.655 E.00559
G2 X158.786 Y124.604 I-.512 J2.517 E.01506
G1 X125.807 Y157.582 E1.43994
G3 X125.496 Y157.358 I1.52 J-2.436 E.01186
G1 X158.265 Y124.588 E1.4308
G2 X157.695 Y124.623 I-.052 J3.879 E.01765
G1 X125.197 Y157.121 E1.41894
G1 X124.917 Y156.865 E.01171
G1 X130.001 Y151.781 E.22198
G2 X128.156 Y153.09 I6.804 J11.544 E.0699
G1 X124.651 Y156.595 E.15304
G3 X124.4 Y156.31 I1.731 J-1.777 E.01173
G1 X125.236 Y155.474 E.0365
G3 X124.814 Y155.36 I.07 J-1.099 E.01358
G1 X124.165 Y156.01 E.02836
G1 X123.946 Y155.692 E.01189
G1 X124.45 Y155.189 E.02197
G3 X124.1 Y155.002 I.849 J-2.007 E.01224
G1 X123.749 Y155.354 E.01536
G3 X123.568 Y154.999 I2.248 J-1.364 E.01232
G1 X123.762 Y154.805 E.00848
G3 X123.429 Y154.603 I1.123 J-2.232 E.01206
G1 X123.277 Y154.754 E.00661
G1 E-.35 F3600
; WIPE_START
G1 F9501.589
G1 X123.429 Y154.603 E-.01525
G1 X123.762 Y154.805 E-.0278
G1 X123.568 Y154.999 E-.01956
G1 X123.749 Y155.354 E-.0284
G1 X124.1 Y155.002 E-.03545
G1 X124.299 Y155.109 E-.01604
; WIPE_END
G1 E-.0075 F3600
G1 X131.57 Y150.212 F30000
G1 E.5 F2400
G1 F9501.589
G1 X157.052 Y124.73 E1.11263
G2 X156.311 Y124.935 I1.062 J5.271 E.02377
G1 X131.688 Y149.558 E1.07509
G2 X131.493 Y149.217 I-1.239 J.484 E.01217
G1 X155.379 Y125.332 E1.0429
G2 X153.935 Y126.239 I4.541 J8.824 E.0527
G1 X131.23 Y148.945 E.99138
G1 X130.894 Y148.745 E.01207
G1 X149.82 Y129.819 E.82636
G3 X149.42 Y129.683 I.107 J-.972 E.01315
G1 X130.558 Y148.545 E.82355
G1 X130.223 Y148.345 E.01207
G1 X149.098 Y129.47 E.82414
G3 X148.851 Y129.18 I.588 J-.749 E.01182
G1 X129.887 Y148.144 E.82805
G3 X129.552 Y147.943 I1.477 J-2.835 E.01206
G1 X148.621 Y128.875 E.83258
G1 X148.39 Y128.57 E.01181
G1 X129.234 Y147.726 E.83641
G1 X128.915 Y147.509 E.0119
G1 X148.152 Y128.272 E.83994
M73 P18 R10
G1 X147.906 Y127.982 E.01174
G1 X128.612 Y147.276 E.84246
G3 X128.309 Y147.043 I1.707 J-2.529 E.0118
G1 X147.651 Y127.701 E.84453
G2 X147.392 Y127.425 I-3.261 J2.803 E.01171
G1 X141.515 Y133.302 E.2566
G2 X141.534 Y132.746 I-2.004 J-.349 E.01721
G1 X147.123 Y127.158 E.244
G2 X146.846 Y126.898 I-2.92 J2.834 E.01171
G1 X141.533 Y132.212 E.23198
G1 X141.546 Y131.663 E.01696
G1 X146.565 Y126.644 E.21912
G2 X146.269 Y126.404 I-2.395 J2.646 E.01177
G1 X141.569 Y131.104 E.20521
G1 X141.613 Y130.525 E.01794
G1 X145.968 Y126.169 E.19018
G1 X145.654 Y125.947 E.01187
G1 X141.692 Y129.91 E.17301
G3 X141.809 Y129.257 I5.263 J.608 E.0205
G1 X145.331 Y125.734 E.1538
G2 X144.999 Y125.531 I-1.775 J2.533 E.01204
G1 X141.981 Y128.548 E.13175
G3 X142.23 Y127.763 I6.321 J1.574 E.02544
G1 X144.65 Y125.343 E.10567
G2 X144.286 Y125.172 I-1.512 J2.737 E.01244
G1 X142.562 Y126.896 E.07529
G2 X142.573 Y126.349 I-1.424 J-.303 E.017
G1 X143.907 Y125.016 E.05822
G2 X143.509 Y124.878 I-1.143 J2.649 E.01301
G1 X142.44 Y125.946 E.04666
G1 X142.207 Y125.643 E.0118
G1 X143.09 Y124.761 E.03854
G2 X142.645 Y124.669 I-.8 J2.769 E.01403
G1 X141.911 Y125.404 E.03206
G1 X141.583 Y125.196 E.01199
G1 X142.172 Y124.607 E.02574
G1 X141.651 Y124.592 E.0161
G1 X141.254 Y124.989 E.01732
G2 X140.906 Y124.802 I-1.239 J1.889 E.01223
G1 X141.28 Y124.428 E.01633
G1 E-.35 F3600
; WIPE_START
G1 F9501.589
G1 X140.906 Y124.802 E-.0377
G1 X141.254 Y124.989 E-.02819
G1 X141.651 Y124.592 E-.03996
G1 X142.165 Y124.607 E-.03665
; WIPE_END
G1 E-.0075 F3600
G1 X131.583 Y130.909 F30000
G1 E.5 F2400
G1 F9501.589
G1 X132.72 Y129.773 E.04963
G2 X132.717 Y130.311 I2.95 J.281 E.01664
G1 X131.585 Y131.443 E.04945
G2 X131.422 Y132.143 I8.207 J2.287 E.02218
G1 X132.76 Y130.804 E.05843
G2 X132.855 Y131.245 I1.201 J-.03 E.01399
G1 X131.343 Y132.756 E.066
G2 X131.314 Y133.322 I4.502 J.521 E.0175
G1 X133.063 Y131.572 E.0764
G2 X133.34 Y131.832 I.796 J-.571 E.01178
G1 X131.32 Y133.852 E.0882
G2 X131.353 Y134.354 I4.641 J-.059 E.01555
G1 X133.71 Y131.998 E.10289
G1 X133.797 Y132.03 E.00287
G1 X134.16 Y132.083 E.01134
G1 X131.412 Y134.831 E.12001
G1 X131.49 Y135.289 E.01434
G1 X134.626 Y132.153 E.13695
G1 X135.071 Y132.244 E.01401
G1 X131.573 Y135.742 E.15274
G2 X131.676 Y136.174 I3.785 J-.681 E.01373
G1 X135.502 Y132.349 E.16703
G1 X135.923 Y132.463 E.01348
G1 X131.799 Y136.587 E.18006
G1 X131.922 Y137 E.0133
G1 X136.322 Y132.6 E.19212
G3 X136.715 Y132.743 I-.94 J3.204 E.01292
G1 X132.062 Y137.396 E.20317
G1 X132.209 Y137.785 E.01283
G1 X137.094 Y132.9 E.21328
G3 X137.464 Y133.066 I-1.176 J3.126 E.01253
G1 X132.358 Y138.171 E.22293
G1 X132.522 Y138.543 E.01255
G1 X137.824 Y133.241 E.23149
G3 X138.182 Y133.42 I-1.766 J3.987 E.01234
G1 X132.666 Y138.935 E.24082
G1 X132.71 Y139.309 E.01163
G1 X132.697 Y139.44 E.00405
G1 X138.528 Y133.609 E.25458
G3 X138.874 Y133.799 I-2.986 J5.837 E.01218
G1 X126.954 Y145.719 E.52044
G1 X127.206 Y146.003 E.01172
G1 X139.211 Y133.997 E.52419
G1 X139.549 Y134.195 E.01209
G1 X127.47 Y146.275 E.52743
G1 X127.739 Y146.542 E.0117
G1 X139.947 Y134.345 E.53279
G2 X140.45 Y134.366 I.322 J-1.622 E.01561
G1 X127.902 Y146.914 E.54786
G1 X126.59 Y145.547 F30000
G1 F9501.589
G1 X131.575 Y140.562 E.21766
G1 X130.963 Y140.639 E.01905
G1 X126.475 Y145.126 E.19594
G2 X126.218 Y144.848 I-1.016 J.682 E.01175
G1 X130.345 Y140.72 E.18022
G2 X129.683 Y140.847 I1.16 J7.885 E.02081
G1 X125.891 Y144.639 E.16559
G2 X125.471 Y144.522 I-.497 J.974 E.01352
G1 X128.977 Y141.017 E.15305
G2 X128.211 Y141.247 I2.08 J8.323 E.02468
G1 X124.847 Y144.612 E.14692
G1 X123.898 Y145.105 E.03301
G1 X123.672 Y145.25 E.00829
G1 X127.346 Y141.576 E.16042
G2 X126.26 Y142.126 I4.317 J9.87 E.0376
G1 X123.376 Y145.011 E.12596
G1 E-.35 F3600
; WIPE_START
G1 F9501.589
G1 X124.79 Y143.597 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X167.11 Y170.398 F30000
G1 E.5 F2400
G1 F9501.589
G1 X168.107 Y169.401 E.04354
G2 X168.415 Y168.557 I-6.051 J-2.687 E.02776
G1 X167.283 Y169.689 E.04945
G1 X167.24 Y169.196 E.01529
G1 X168.579 Y167.857 E.05843
G2 X168.657 Y167.244 I-4.544 J-.89 E.01912
G1 X167.145 Y168.755 E.06601
G2 X166.937 Y168.428 I-.948 J.373 E.01206
G1 X168.686 Y166.678 E.0764
G2 X168.679 Y166.149 I-4.28 J-.206 E.01633
G1 X166.662 Y168.166 E.08806
G1 X166.586 Y168.117 E.0028
G1 X166.288 Y168.005 E.00983
G1 X168.647 Y165.646 E.103
G2 X168.588 Y165.168 I-3.466 J.184 E.01485
G1 X165.84 Y167.917 E.11999
G3 X165.374 Y167.847 I.356 J-3.994 E.01457
G1 X168.511 Y164.71 E.13696
G2 X168.427 Y164.258 I-3.649 J.436 E.01422
G1 X164.929 Y167.756 E.15274
G3 X164.498 Y167.651 I.611 J-3.455 E.01371
G1 X168.324 Y163.826 E.16703
G1 X168.201 Y163.413 E.0133
G1 X164.077 Y167.536 E.18006
G3 X163.678 Y167.4 I.85 J-3.133 E.01303
G1 X168.078 Y163 E.19212
G2 X167.938 Y162.604 I-2.797 J.768 E.01297
G1 X163.285 Y167.257 E.20317
G1 X162.906 Y167.1 E.01266
G1 X167.791 Y162.215 E.21328
G2 X167.642 Y161.829 I-3.67 J1.197 E.0128
G1 X162.536 Y166.934 E.22293
G1 X162.176 Y166.758 E.01237
G1 X167.478 Y161.457 E.23149
G3 X167.334 Y161.065 I1.469 J-.761 E.01293
G1 X161.818 Y166.58 E.24082
G1 X161.472 Y166.391 E.01219
G1 X167.299 Y160.564 E.25441
G3 X167.732 Y159.753 I1.559 J.311 E.02881
G1 X168.192 Y159.491 E.01635
G3 X168.428 Y159.434 I.36 J.986 E.00751
G1 X173.289 Y154.574 E.21224
G2 X173.046 Y154.281 I-2.54 J1.866 E.01175
G1 X161.126 Y166.201 E.52044
G1 X160.789 Y166.002 E.01208
G1 X172.794 Y153.997 E.52416
G2 X172.53 Y153.725 I-2.28 J1.945 E.01171
G1 X160.452 Y165.803 E.52737
G2 X160.057 Y165.663 I-.541 J.895 E.01304
G1 X172.261 Y153.458 E.53289
G2 X171.977 Y153.206 I-2.075 J2.052 E.01173
G1 X159.537 Y165.647 E.54319
G1 X159.414 Y165.664 E.00382
G1 X159 Y165.874 E.01434
G2 X158.752 Y166.104 I.514 J.802 E.01051
G1 X158.545 Y166.475 E.01311
G1 X158.48 Y166.704 E.00733
G1 X152.608 Y172.575 E.25637
G1 X152.877 Y172.842 E.0117
G1 X158.465 Y167.255 E.24396
G1 X158.457 Y167.798 E.01678
G1 X153.154 Y173.102 E.23156
G1 X153.435 Y173.356 E.01171
G1 X158.45 Y168.341 E.21895
G3 X158.431 Y168.896 I-4.541 J.123 E.01715
G1 X153.73 Y173.597 E.20527
G2 X154.032 Y173.831 I2.537 J-2.971 E.0118
G1 X158.387 Y169.475 E.19017
G3 X158.308 Y170.09 I-5.61 J-.408 E.01915
G1 X154.344 Y174.054 E.17307
G1 X154.667 Y174.268 E.01194
G1 X158.191 Y170.743 E.15388
G3 X158.019 Y171.451 I-5.517 J-.968 E.02252
G1 X155.003 Y174.467 E.13168
G2 X155.351 Y174.655 I1.661 J-2.661 E.01222
G1 X157.77 Y172.236 E.1056
G3 X157.44 Y173.102 I-9.832 J-3.252 E.02862
G1 X155.713 Y174.829 E.07541
G1 X156.09 Y174.987 E.01265
G1 X157.421 Y173.656 E.05811
G1 X157.442 Y173.787 E.0041
G1 X157.563 Y174.05 E.00893
G1 X156.49 Y175.123 E.04686
G2 X156.911 Y175.238 I.978 J-2.751 E.01348
G1 X157.792 Y174.357 E.03846
G2 X158.099 Y174.586 I.857 J-.828 E.01187
G1 X157.358 Y175.327 E.03232
G2 X157.832 Y175.389 I.641 J-3.059 E.01477
G1 X158.422 Y174.799 E.02575
G2 X158.747 Y175.01 I1.519 J-1.987 E.01197
G1 X158.345 Y175.411 E.01754
G2 X158.903 Y175.39 I.139 J-3.612 E.01724
G1 X159.218 Y175.075 E.01374
G1 X152.229 Y172.419 F30000
G1 F9501.589
G1 X171.691 Y152.957 E.84977
G2 X171.388 Y152.724 I-2.01 J2.297 E.0118
G1 X152.094 Y172.018 E.84246
G1 X151.848 Y171.728 E.01174
G1 X171.085 Y152.491 E.83994
G1 X170.766 Y152.274 E.0119
G1 X151.611 Y171.43 E.8364
G1 X151.381 Y171.124 E.01181
G1 X170.448 Y152.057 E.83253
M73 P19 R10
G2 X170.113 Y151.856 I-1.811 J2.633 E.01206
G1 X151.15 Y170.818 E.82797
G2 X150.904 Y170.529 I-1.368 J.915 E.01176
G1 X169.777 Y151.655 E.82407
G1 X169.442 Y151.455 E.01207
G1 X150.574 Y170.323 E.82381
G2 X150.181 Y170.18 I-.483 J.714 E.01304
G1 X169.106 Y151.255 E.8263
G1 X168.77 Y151.055 E.01207
G1 X146.072 Y173.754 E.99108
G3 X144.621 Y174.668 I-5.897 J-7.745 E.053
G1 X168.508 Y150.782 E1.04296
G1 X168.311 Y150.442 E.01211
G1 X143.689 Y175.065 E1.07509
G3 X142.948 Y175.27 I-1.803 J-5.066 E.02377
G1 X168.259 Y149.959 E1.10518
G1 X168.277 Y149.661 E.00921
G1 X168.393 Y149.382 E.00933
G1 X168.666 Y149.027 E.01384
G1 X168.832 Y148.896 E.00651
G2 X169.999 Y148.219 I-9.96 J-18.527 E.04167
G1 X175.083 Y143.135 E.22198
G3 X175.349 Y143.405 I-1.678 J1.913 E.01171
G1 X170.949 Y147.805 E.19212
G1 X174.592 Y144.698 F30000
G1 F9501.589
G1 X175.6 Y143.69 E.044
G3 X175.835 Y143.99 I-1.818 J1.668 E.01179
G1 X175.186 Y144.64 E.02836
G1 X175.55 Y144.811 E.01244
G1 X176.054 Y144.308 E.02197
G3 X176.251 Y144.646 I-2.09 J1.449 E.01211
G1 X175.9 Y144.998 E.01536
G1 X176.238 Y145.195 E.01209
G1 X176.432 Y145.001 E.00848
G3 X176.591 Y145.378 I-1.952 J1.047 E.01264
G1 X176.449 Y145.519 E.00618
G1 E-.35 F3600
; WIPE_START
G1 F9501.589
G1 X176.591 Y145.378 E-.01426
G1 X176.432 Y145.001 E-.02913
G1 X176.238 Y145.195 E-.01956
G1 X175.9 Y144.998 E-.02791
G1 X176.251 Y144.646 E-.03545
G1 X176.137 Y144.45 E-.01619
; WIPE_END
G1 E-.0075 F3600
G1 X173.646 Y154.753 F30000
G1 E.5 F2400
G1 F9501.589
G1 X169.039 Y159.36 E.20115
G2 X169.655 Y159.28 I-.385 J-5.358 E.01919
G1 X173.782 Y155.152 E.18022
G1 X174.109 Y155.361 E.01198
G1 X170.317 Y159.153 E.1656
G2 X171.023 Y158.983 I-1.579 J-8.091 E.02244
G1 X174.528 Y155.478 E.15305
G2 X175.153 Y155.388 I-.107 J-2.986 E.01952
G1 X171.789 Y158.753 E.14691
G2 X172.654 Y158.424 I-3.571 J-10.683 E.02859
G1 X176.328 Y154.75 E.16042
G1 X176.621 Y154.561 E.01075
G3 X176.246 Y155.368 I-8.533 J-3.478 E.02747
G1 X173.314 Y158.3 E.12801
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 0.6
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F9501.589
G1 X174.728 Y156.885 E-.1425
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X131.406 Y149.78 Z.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X131.406 Y149.758 E.00071
G1 X131.199 Y149.369 E.01462
G1 X131 Y149.186 E.00896
G3 X128.725 Y147.78 I12.939 J-23.471 E.08877
G3 X126.121 Y145.21 I6.948 J-9.646 E.12184
G1 X125.759 Y144.943 E.01491
G1 X125.455 Y144.853 E.01052
G1 X124.953 Y144.927 E.01681
G2 X123.198 Y145.95 I6.305 J12.825 E.06744
G1 X122.775 Y146.273 E.01768
G3 X123.685 Y144.104 I7.518 J1.878 E.07834
G3 X126.097 Y141.84 I5.976 J3.952 E.11074
G3 X129.879 Y140.469 I6.005 J10.657 E.13405
G3 X131.687 Y140.2 I6.958 J40.566 E.06063
G1 X132.101 Y139.952 E.01599
G1 X132.314 Y139.599 E.01368
G1 X132.378 Y139.314 E.00971
G1 X132.3 Y138.86 E.01528
G3 X131.002 Y134.159 I12.389 J-5.951 E.16264
G3 X131.538 Y130.577 I7.763 J-.67 E.12125
G3 X133.154 Y128.291 I6.452 J2.847 E.09349
G2 X133.052 Y130.38 I16.881 J1.867 E.06944
G1 X133.13 Y131.057 E.02259
G1 X133.351 Y131.407 E.01375
G1 X133.563 Y131.586 E.00919
G1 X133.926 Y131.717 E.0128
G3 X137.753 Y132.838 I-1.292 J11.499 E.13295
G3 X139.801 Y133.96 I-11.519 J23.465 E.07748
G1 X140.247 Y134.047 E.01508
G1 X140.537 Y133.998 E.00973
G1 X140.92 Y133.768 E.01483
G1 X141.13 Y133.432 E.01315
G1 X141.205 Y133.139 E.01004
G3 X141.285 Y130.465 I26.801 J-.53 E.08877
G3 X142.22 Y126.889 I11.993 J1.224 E.12308
G1 X142.262 Y126.633 E.0086
G1 X142.208 Y126.213 E.01405
G1 X141.958 Y125.86 E.01438
G1 X141.741 Y125.688 E.00919
G2 X139.611 Y124.557 I-6.801 J10.242 E.08009
G3 X144.686 Y124.991 I1.999 J6.523 E.17315
G3 X147.917 Y127.497 I-4.961 J9.733 E.13644
G3 X149.331 Y129.24 I-27.501 J23.743 E.07446
G1 X149.747 Y129.473 E.01583
G1 X150.165 Y129.483 E.01385
G1 X150.443 Y129.397 E.00965
G1 X150.798 Y129.101 E.01532
G3 X153.76 Y125.956 I12.315 J8.63 E.14383
G3 X155.561 Y124.871 I6.033 J7.981 E.06988
G1 X156.096 Y124.657 E.0191
G1 X156.99 Y124.401 E.03086
G3 X159.343 Y124.335 I1.345 J6.017 E.07857
G1 X160.381 Y124.555 E.03519
G2 X158.52 Y125.511 I6.448 J14.84 E.06944
G1 X157.951 Y125.941 E.02366
G1 X157.778 Y126.282 E.01271
G1 X157.731 Y126.588 E.01027
G1 X157.797 Y126.938 E.01179
G3 X158.739 Y130.813 I-10.605 J4.631 E.13295
G3 X158.792 Y133.147 I-26.07 J1.756 E.07748
G1 X158.944 Y133.584 E.01533
G1 X159.131 Y133.808 E.00971
G1 X159.519 Y134.021 E.01467
G1 X159.913 Y134.035 E.01309
G1 X160.205 Y133.952 E.01005
G3 X162.56 Y132.685 I13.857 J22.939 E.08876
G3 X166.088 Y131.715 I4.88 J10.839 E.12184
G1 X166.5 Y131.535 E.01491
G1 X166.73 Y131.317 E.01052
G1 X166.917 Y130.846 E.01681
G2 X166.908 Y128.814 I-14.259 J-.952 E.06744
G1 X166.84 Y128.286 E.01767
G3 X168.264 Y130.158 I-5.386 J5.572 E.07834
G3 X169.018 Y133.38 I-6.411 J3.199 E.11075
G3 X168.315 Y137.341 I-12.232 J-.128 E.13405
G3 X167.644 Y139.041 I-38.604 J-14.255 E.06063
G1 X167.65 Y139.518 E.01583
G1 X167.85 Y139.884 E.01384
G1 X168.066 Y140.083 E.00971
G1 X168.498 Y140.241 E.01527
G3 X172.703 Y141.234 I-1.316 J14.98 E.14383
G3 X174.595 Y142.292 I-3.864 J9.131 E.07206
G3 X177.226 Y146.267 I-3.991 J5.5 E.16156
G2 X175.465 Y145.132 I-10.031 J13.636 E.06955
G1 X174.84 Y144.862 E.02258
G1 X174.426 Y144.878 E.01375
G1 X174.154 Y144.979 E.00962
G1 X173.871 Y145.221 E.01236
G3 X170.986 Y147.975 I-9.313 J-6.868 E.13295
G3 X168.991 Y149.187 I-14.562 J-21.708 E.07748
G1 X168.709 Y149.506 E.01412
G1 X168.593 Y149.779 E.0098
G1 X168.593 Y150.234 E.01511
G1 X168.786 Y150.607 E.01394
G1 X169 Y150.814 E.00988
G3 X171.275 Y152.22 I-12.942 J23.476 E.08877
G3 X173.879 Y154.79 I-6.948 J9.646 E.12184
G1 X174.241 Y155.057 E.01491
G1 X174.545 Y155.147 E.01052
G1 X175.047 Y155.073 E.01681
G2 X176.802 Y154.05 I-6.304 J-12.824 E.06744
G1 X177.225 Y153.727 E.01768
G3 X176.315 Y155.896 I-7.518 J-1.878 E.07834
G3 X173.903 Y158.16 I-5.976 J-3.952 E.11074
G3 X170.121 Y159.531 I-6.005 J-10.657 E.13405
G3 X168.313 Y159.8 I-6.959 J-40.571 E.06063
G1 X167.906 Y160.041 E.01569
G1 X167.686 Y160.401 E.014
G1 X167.622 Y160.684 E.00963
G1 X167.7 Y161.14 E.01535
G3 X168.943 Y165.278 I-13.631 J6.35 E.14383
G3 X168.973 Y167.446 I-9.84 J1.219 E.07206
G3 X166.846 Y171.712 I-6.758 J-.706 E.16156
G2 X166.948 Y169.619 I-16.824 J-1.869 E.06955
G1 X166.87 Y168.943 E.02258
G1 X166.649 Y168.593 E.01375
G1 X166.425 Y168.408 E.00962
G1 X166.074 Y168.283 E.01236
G3 X162.247 Y167.162 I1.292 J-11.499 E.13295
G3 X160.199 Y166.04 I11.516 J-23.46 E.07748
G1 X159.768 Y165.956 E.01457
G1 X159.474 Y165.996 E.00984
G1 X159.082 Y166.23 E.01514
G1 X158.866 Y166.575 E.01349
G1 X158.795 Y166.861 E.0098
G3 X158.583 Y170.463 I-20.121 J.621 E.11984
G3 X158.038 Y172.464 I-12.369 J-2.297 E.06886
G1 X157.74 Y173.274 E.02862
G1 X157.783 Y173.763 E.01631
G1 X158.035 Y174.132 E.01482
G2 X160.385 Y175.441 I5.822 J-7.686 E.08952
G3 X158.057 Y175.741 I-2.089 J-7.034 E.07819
G3 X156.109 Y175.343 I.408 J-6.964 E.06621
G1 X155.238 Y174.97 E.03142
G3 X152.252 Y172.682 I5.312 J-10.023 E.12537
G3 X151.062 Y171.263 I12.163 J-11.408 E.06144
G1 X150.669 Y170.76 E.02119
G1 X150.259 Y170.529 E.01562
G1 X149.835 Y170.517 E.01406
G1 X149.555 Y170.605 E.00975
G1 X149.202 Y170.899 E.01522
G3 X146.24 Y174.044 I-12.315 J-8.63 E.14383
G3 X144.439 Y175.129 I-6.033 J-7.981 E.06988
G1 X143.904 Y175.343 E.0191
G1 X143.01 Y175.599 E.03086
G3 X140.657 Y175.665 I-1.346 J-6.056 E.07856
G1 X139.619 Y175.445 E.03519
G2 X141.484 Y174.487 I-6.422 J-14.783 E.0696
G1 X142.049 Y174.059 E.0235
G1 X142.222 Y173.718 E.01271
G1 X142.269 Y173.412 E.01027
G1 X142.203 Y173.062 E.01179
G3 X141.261 Y169.187 I10.605 J-4.631 E.13295
G3 X141.208 Y166.853 I26.069 J-1.756 E.07748
G1 X141.077 Y166.455 E.01389
G1 X140.9 Y166.219 E.0098
G1 X140.491 Y165.982 E.01568
G1 X140.05 Y165.967 E.01463
G1 X139.795 Y166.048 E.00888
G3 X137.44 Y167.315 I-13.855 J-22.936 E.08876
G3 X133.912 Y168.285 I-4.88 J-10.839 E.12184
G1 X133.5 Y168.465 E.01491
G1 X133.27 Y168.683 E.01052
G1 X133.083 Y169.154 E.01681
G2 X133.092 Y171.186 I14.258 J.952 E.06744
G1 X133.16 Y171.714 E.01767
G3 X131.736 Y169.842 I5.386 J-5.572 E.07834
G3 X130.982 Y166.62 I6.411 J-3.199 E.11075
G3 X131.685 Y162.659 I12.232 J.128 E.13405
G3 X132.356 Y160.959 I38.601 J14.254 E.06063
G1 X132.349 Y160.48 E.01591
G1 X132.15 Y160.116 E.01377
G1 X131.929 Y159.915 E.0099
G1 X131.502 Y159.759 E.01508
G3 X127.297 Y158.766 I1.316 J-14.98 E.14383
G3 X125.405 Y157.708 I3.864 J-9.131 E.07206
G3 X122.774 Y153.733 I3.991 J-5.5 E.16156
G2 X124.535 Y154.868 I10.03 J-13.636 E.06955
G1 X125.16 Y155.138 E.02258
G1 X125.574 Y155.122 E.01375
G1 X125.846 Y155.021 E.00962
G1 X126.129 Y154.779 E.01236
G3 X129.014 Y152.025 I9.313 J6.868 E.13295
G3 X131.009 Y150.813 I14.557 J21.701 E.07748
G1 X131.312 Y150.472 E.0151
G1 X131.405 Y150.197 E.00964
G1 X131.405 Y149.84 E.01185
M204 S10000
G1 X131.002 Y149.873 F30000
M204 S5000
G1 F8843.491
G1 X131.004 Y149.838 E.00118
G1 X130.797 Y149.54 E.01202
G3 X128.486 Y148.11 I13.138 J-23.821 E.09019
G3 X125.8 Y145.462 I7.187 J-9.975 E.12561
G1 X125.531 Y145.282 E.01075
G1 X125.184 Y145.282 E.01151
G2 X122.689 Y146.851 I4.849 J10.48 E.098
G1 X122.186 Y147.286 E.02206
G3 X124.032 Y142.98 I7.488 J.662 E.15803
G3 X125.816 Y141.529 I5.961 J5.506 E.07652
G3 X129.676 Y140.092 I6.263 J10.916 E.13725
G3 X131.489 Y139.832 I3.632 J18.917 E.06079
G1 X131.79 Y139.683 E.01114
G1 X131.952 Y139.413 E.01044
G1 X131.943 Y139.081 E.01101
G3 X130.717 Y135.208 I14.654 J-6.768 E.13514
G3 X130.834 Y131.379 I9.213 J-1.636 E.12795
G3 X133.735 Y127.271 I7.242 J2.036 E.17012
G2 X133.459 Y129.521 I16.713 J3.196 E.07527
G2 X133.508 Y130.886 I7.142 J.428 E.04536
G1 X133.685 Y131.173 E.01121
G1 X133.983 Y131.314 E.01093
G3 X138.456 Y132.728 I-1.431 J12.3 E.15655
G3 X139.965 Y133.586 I-12.295 J23.391 E.0576
G1 X140.321 Y133.64 E.01194
G1 X140.641 Y133.471 E.01203
G1 X140.798 Y133.14 E.01213
G3 X140.88 Y130.423 I27.203 J-.533 E.0902
G3 X141.841 Y126.739 I12.396 J1.266 E.1268
G1 X141.839 Y126.414 E.01078
G1 X141.793 Y126.297 E.00418
G1 X141.523 Y126.032 E.01254
G1 X140.624 Y125.484 E.03491
G2 X138.434 Y124.552 I-6.692 J12.678 E.07905
G3 X142.828 Y123.949 I3.207 J7.062 E.1492
G3 X146.467 Y125.616 I-1.69 J8.497 E.13399
G3 X149.55 Y128.885 I-9.163 J11.729 E.14963
G1 X149.829 Y129.071 E.01112
G1 X150.167 Y129.073 E.0112
G1 X150.469 Y128.861 E.01227
G3 X153.518 Y125.628 I12.092 J8.349 E.14797
G3 X155.395 Y124.499 I6.3 J8.349 E.07278
G1 X155.964 Y124.271 E.02032
G1 X156.898 Y124.004 E.03225
M73 P20 R10
G3 X159.225 Y123.898 I1.469 J6.683 E.07762
G1 X160.268 Y124.098 E.03523
G3 X161.552 Y124.55 I-1.946 J7.573 E.04521
G2 X160.358 Y125.007 I30.326 J81.027 E.04238
G2 X158.308 Y126.159 I3.979 J9.48 E.07819
G1 X158.146 Y126.46 E.01133
G1 X158.174 Y126.786 E.01087
G3 X159.185 Y131.367 I-11.367 J4.911 E.15655
G3 X159.197 Y133.102 I-26.401 J1.047 E.05759
G1 X159.329 Y133.438 E.01196
G1 X159.635 Y133.63 E.01198
G1 X160 Y133.6 E.01215
G3 X162.394 Y132.314 I14.06 J23.287 E.09019
G3 X166.03 Y131.312 I5.045 J11.211 E.12562
G1 X166.321 Y131.168 E.01075
G1 X166.494 Y130.867 E.01151
G2 X166.383 Y127.923 I-11.501 J-1.041 E.098
G1 X166.258 Y127.27 E.02206
G3 X169.063 Y131.021 I-4.317 J6.153 E.15802
G3 X169.428 Y133.291 I-7.749 J2.41 E.07652
G3 X168.743 Y137.353 I-12.585 J-.034 E.13725
G3 X168.061 Y139.053 I-18.198 J-6.313 E.06079
G1 X168.04 Y139.387 E.01111
G1 X168.192 Y139.662 E.01042
G1 X168.484 Y139.822 E.01104
G3 X172.451 Y140.696 I-1.466 J16.079 E.1351
G3 X174.39 Y141.658 I-5.447 J13.416 E.07186
G3 X177.689 Y146.445 I-3.875 J6.201 E.19832
G1 X177.799 Y147.074 E.02117
G1 X177.815 Y147.278 E.00679
G2 X176.779 Y146.442 I-39.061 J47.363 E.04414
G2 X174.8 Y145.274 I-6.478 J8.716 E.07639
G1 X174.462 Y145.284 E.01121
G1 X174.191 Y145.472 E.01093
G3 X170.73 Y148.638 I-9.937 J-7.389 E.15655
G3 X169.232 Y149.516 I-14.112 J-22.347 E.0576
G1 X169.008 Y149.797 E.01191
G1 X168.998 Y150.17 E.0124
G1 X169.203 Y150.46 E.01178
G3 X171.514 Y151.89 I-13.141 J23.826 E.09019
G3 X174.2 Y154.538 I-7.187 J9.975 E.12561
G1 X174.469 Y154.718 E.01075
G1 X174.816 Y154.718 E.01151
G2 X177.311 Y153.149 I-4.849 J-10.48 E.098
G1 X177.814 Y152.714 E.02206
G3 X175.968 Y157.02 I-7.488 J-.662 E.15803
G3 X174.184 Y158.471 I-5.962 J-5.506 E.07652
G3 X170.324 Y159.908 I-6.263 J-10.916 E.13725
G3 X168.511 Y160.168 I-3.632 J-18.917 E.06079
G1 X168.211 Y160.316 E.01109
G1 X168.048 Y160.588 E.01052
G1 X168.057 Y160.919 E.01097
G3 X169.283 Y164.791 I-14.657 J6.77 E.1351
G3 X169.419 Y166.951 I-14.342 J1.991 E.07187
G3 X166.923 Y172.202 I-7.308 J-.255 E.19833
G1 X166.265 Y172.727 E.02794
G2 X166.471 Y171.413 I-60.53 J-10.143 E.04414
G2 X166.492 Y169.114 I-10.28 J-1.247 E.0764
G1 X166.315 Y168.827 E.01121
G1 X166.017 Y168.686 E.01093
G3 X161.544 Y167.272 I1.431 J-12.3 E.15655
G3 X160.035 Y166.414 I12.294 J-23.389 E.0576
G1 X159.665 Y166.363 E.0124
G1 X159.344 Y166.546 E.01225
G1 X159.202 Y166.86 E.01144
G3 X159.12 Y169.577 I-27.195 J.533 E.09019
G3 X158.159 Y173.262 I-12.4 J-1.267 E.12682
G1 X158.167 Y173.628 E.01215
G1 X158.352 Y173.877 E.0103
G2 X161.557 Y175.445 I6.696 J-9.624 E.11881
G3 X156.699 Y175.953 I-3.169 J-6.818 E.16504
G1 X156.032 Y175.752 E.0231
G1 X155.127 Y175.372 E.03254
G3 X152.024 Y173.035 I5.332 J-10.311 E.12949
G3 X150.45 Y171.115 I12.528 J-11.874 E.08242
G1 X150.172 Y170.93 E.01108
G1 X149.832 Y170.927 E.01127
G1 X149.531 Y171.139 E.01223
G3 X146.482 Y174.372 I-12.091 J-8.349 E.14797
G3 X144.605 Y175.501 I-6.3 J-8.349 E.07278
G1 X144.036 Y175.729 E.02032
G1 X143.102 Y175.996 E.03225
G3 X140.775 Y176.102 I-1.477 J-6.865 E.0776
G1 X139.732 Y175.902 E.03523
G3 X138.448 Y175.45 I1.946 J-7.573 E.04521
G2 X139.642 Y174.993 I-30.353 J-81.099 E.04238
G2 X141.692 Y173.841 I-3.98 J-9.481 E.07819
G1 X141.854 Y173.54 E.01133
G1 X141.826 Y173.214 E.01087
G3 X140.815 Y168.633 I11.367 J-4.911 E.15655
G3 X140.803 Y166.898 I26.398 J-1.047 E.05759
G1 X140.667 Y166.557 E.01218
G1 X140.36 Y166.369 E.01192
G1 X140 Y166.4 E.01198
G3 X137.606 Y167.686 I-14.059 J-23.284 E.09019
G3 X133.97 Y168.688 I-5.045 J-11.211 E.12562
G1 X133.679 Y168.832 E.01075
G1 X133.506 Y169.133 E.01151
G2 X133.617 Y172.077 I11.501 J1.041 E.098
G1 X133.742 Y172.73 E.02206
G3 X130.937 Y168.979 I4.317 J-6.153 E.15802
G3 X130.572 Y166.709 I7.749 J-2.41 E.07653
G3 X131.257 Y162.647 I12.585 J.034 E.13724
G3 X131.939 Y160.947 I18.198 J6.313 E.06079
G1 X131.96 Y160.612 E.01112
G1 X131.806 Y160.334 E.01056
G1 X131.516 Y160.178 E.01091
G3 X127.549 Y159.304 I1.466 J-16.078 E.1351
G3 X125.61 Y158.342 I5.447 J-13.416 E.07186
G3 X122.311 Y153.555 I3.875 J-6.201 E.19832
G1 X122.185 Y152.722 E.02794
G2 X123.221 Y153.558 I39.036 J-47.332 E.04414
G2 X125.2 Y154.726 I6.22 J-8.279 E.0764
G1 X125.538 Y154.716 E.01121
G1 X125.809 Y154.528 E.01093
G3 X129.27 Y151.362 I9.937 J7.389 E.15655
G3 X130.768 Y150.484 I14.108 J22.34 E.0576
G1 X130.989 Y150.211 E.01164
G1 X131 Y149.933 E.00924
M204 S10000
G1 X130.632 Y149.957 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X130.602 Y149.917 E.00155
G1 X130.54 Y149.836 E.00313
G3 X127.009 Y147.41 I8.068 J-15.528 E.13199
G3 X125.5 Y145.714 I9.374 J-9.858 E.06981
G1 X125.414 Y145.67 E.00297
G1 X125.38 Y145.653 E.00116
G1 X125.359 Y145.642 E.00074
G2 X123.419 Y146.786 I3.923 J8.865 E.06936
G2 X122.211 Y147.782 I7.424 J10.236 E.04814
G1 X121.978 Y147.823 E.00728
G1 X121.793 Y147.693 E.00694
G1 X121.753 Y147.564 E.00415
G3 X123.011 Y143.666 I8.665 J.646 E.12706
G3 X125.976 Y140.982 I6.813 J4.545 E.12415
G3 X130.903 Y139.501 I6.397 J12.343 E.15899
G1 X131.459 Y139.437 E.01719
G1 X131.506 Y139.395 E.00193
G2 X131.568 Y139.284 I-.02 J-.085 E.00442
G1 X131.569 Y139.183 E.0031
G3 X130.204 Y134.211 I13.11 J-6.273 E.15925
G3 X130.805 Y130.257 I8.57 J-.721 E.12404
G3 X132.883 Y127.446 I7.307 J3.229 E.10829
G1 X133.673 Y126.817 E.03103
G1 X133.893 Y126.725 E.00732
G1 X134.066 Y126.787 E.00567
G1 X134.182 Y126.985 E.00702
G2 X133.917 Y128.648 I34.528 J6.335 E.05177
G2 X133.847 Y130.295 I12.016 J1.34 E.05067
G1 X133.905 Y130.84 E.01684
G1 X133.926 Y130.853 E.00074
G1 X133.957 Y130.873 E.00116
G1 X134.038 Y130.926 E.00298
G3 X138.809 Y132.474 I-1.556 J12.92 E.15507
G3 X140.192 Y133.253 I-18.67 J34.743 E.0488
G1 X140.231 Y133.243 E.00123
G1 X140.344 Y133.213 E.00359
G1 X140.372 Y133.152 E.00207
G1 X140.413 Y133.065 E.00293
G3 X140.748 Y128.794 I17.482 J-.777 E.13199
G3 X141.462 Y126.64 I13.223 J3.189 E.06981
G1 X141.462 Y126.532 E.00332
G1 X141.462 Y126.51 E.00067
G1 X141.316 Y126.364 E.00634
G1 X140.416 Y125.818 E.03234
G2 X138.026 Y124.825 I-6.83 J13.069 E.07962
G1 X137.874 Y124.643 E.00727
G1 X137.894 Y124.418 E.00694
G1 X138.064 Y124.286 E.00662
G3 X142.351 Y123.489 I3.631 J7.609 E.13554
G3 X146.13 Y124.9 I-.981 J8.394 E.12516
G3 X149.877 Y128.662 I-8.37 J12.083 E.16402
G1 X149.937 Y128.682 E.00197
G2 X150.066 Y128.677 I.062 J-.062 E.00446
G1 X150.153 Y128.63 E.00302
G3 X153.625 Y125.064 I12.16 J8.368 E.15366
G3 X157.438 Y123.51 I5.089 J7.033 E.12773
G3 X160.881 Y123.868 I.922 J7.878 E.10725
G1 X161.914 Y124.268 E.03401
G1 X162.103 Y124.414 E.00733
G1 X162.136 Y124.595 E.00566
G1 X162.023 Y124.793 E.00702
G2 X160.534 Y125.357 I14.285 J39.946 E.04892
G2 X158.989 Y126.158 I4.496 J10.564 E.05353
G1 X158.543 Y126.488 E.01703
G1 X158.542 Y126.507 E.0006
G1 X158.541 Y126.539 E.00098
G1 X158.538 Y126.64 E.0031
G3 X159.583 Y131.545 I-11.967 J5.113 E.15507
G3 X159.599 Y133.133 I-39.378 J1.202 E.0488
G1 X159.627 Y133.161 E.00123
G1 X159.712 Y133.245 E.00366
G1 X159.776 Y133.239 E.00198
G1 X159.872 Y133.23 E.00297
G3 X163.739 Y131.384 I9.414 J14.751 E.13199
G3 X165.962 Y130.926 I3.85 J13.047 E.06981
G1 X166.043 Y130.873 E.00297
G1 X166.074 Y130.852 E.00116
G1 X166.095 Y130.839 E.00074
G2 X166.073 Y128.587 I-9.638 J-1.035 E.06936
G2 X165.815 Y127.043 I-12.577 J1.311 E.04814
G1 X165.897 Y126.821 E.00728
G1 X166.101 Y126.725 E.00694
G1 X166.233 Y126.755 E.00415
G3 X168.98 Y129.794 I-4.892 J7.182 E.12706
G3 X169.822 Y133.704 I-7.343 J3.627 E.12415
G3 X168.641 Y138.711 I-13.888 J-.632 E.15899
G1 X168.418 Y139.224 E.01719
G1 X168.431 Y139.286 E.00195
G2 X168.498 Y139.396 I.084 J.024 E.00444
G1 X168.584 Y139.447 E.00305
G3 X173.482 Y140.709 I-1.127 J14.516 E.15621
G3 X176.696 Y143.248 I-3.576 J7.829 E.12708
G3 X178.237 Y147.548 I-6.647 J4.81 E.14224
G1 X178.21 Y147.688 E.00439
G1 X178.07 Y147.807 E.00566
G1 X177.841 Y147.809 E.00702
G2 X176.535 Y146.75 I-28.348 J33.636 E.05167
G2 X175.142 Y145.864 I-7.179 J9.746 E.05077
G1 X174.641 Y145.642 E.01684
G1 X174.619 Y145.653 E.00074
G1 X174.586 Y145.67 E.00116
G1 X174.5 Y145.714 E.00298
G3 X170.774 Y149.071 I-10.411 J-7.808 E.15507
G3 X169.407 Y149.88 I-20.757 J-33.546 E.0488
G1 X169.397 Y149.918 E.00122
G1 X169.367 Y150.035 E.00373
G1 X169.402 Y150.085 E.00188
G1 X169.46 Y150.164 E.003
G3 X172.991 Y152.59 I-8.068 J15.528 E.13199
G3 X174.5 Y154.286 I-9.374 J9.858 E.06981
G1 X174.586 Y154.33 E.00297
G1 X174.62 Y154.347 E.00116
G1 X174.641 Y154.358 E.00074
G2 X176.581 Y153.214 I-3.923 J-8.865 E.06936
G2 X177.789 Y152.218 I-7.424 J-10.237 E.04814
G1 X178.022 Y152.177 E.00728
G1 X178.207 Y152.307 E.00694
G1 X178.247 Y152.436 E.00415
G3 X176.989 Y156.334 I-8.665 J-.646 E.12706
G3 X174.024 Y159.018 I-6.813 J-4.545 E.12415
G3 X169.097 Y160.499 I-6.397 J-12.343 E.15899
G1 X168.541 Y160.563 E.01719
G1 X168.494 Y160.605 E.00194
G2 X168.432 Y160.717 I.021 J.085 E.00443
G1 X168.431 Y160.817 E.00307
G3 X169.783 Y165.607 I-13.327 J6.347 E.15366
G3 X169.222 Y169.686 I-8.627 J.892 E.12774
G3 X166.751 Y172.863 I-7.518 J-3.297 E.12493
G1 X166.327 Y173.183 E.01632
G1 X166.107 Y173.275 E.00733
G1 X165.934 Y173.213 E.00566
G1 X165.818 Y173.015 E.00702
G2 X166.082 Y171.355 I-43.312 J-7.734 E.05167
G2 X166.153 Y169.705 I-12.029 J-1.344 E.05077
G1 X166.095 Y169.16 E.01684
G1 X166.074 Y169.147 E.00074
G1 X166.043 Y169.127 E.00116
G1 X165.962 Y169.074 E.00298
G3 X161.191 Y167.526 I1.556 J-12.92 E.15507
G3 X159.796 Y166.745 I24.989 J-46.263 E.04915
G1 X159.766 Y166.755 E.00097
G1 X159.648 Y166.794 E.00381
G1 X159.628 Y166.842 E.0016
G1 X159.587 Y166.935 E.00311
G3 X159.28 Y171.064 I-17.434 J.778 E.12755
G3 X158.53 Y173.384 I-13.255 J-3.003 E.07499
G1 X158.543 Y173.457 E.00228
G1 X158.55 Y173.498 E.00129
G1 X158.557 Y173.536 E.00119
G2 X161.495 Y175.009 I6.461 J-9.229 E.10135
G1 X162.02 Y175.218 E.01736
G1 X162.127 Y175.362 E.00554
G1 X162.123 Y175.546 E.00565
G1 X162.009 Y175.683 E.00546
G3 X158.011 Y176.54 I-3.768 J-7.821 E.12684
G1 X157.161 Y176.449 E.02627
G3 X153.866 Y175.097 I1.556 J-8.482 E.11021
G3 X150.456 Y171.788 I8.055 J-11.715 E.14669
G1 X150.123 Y171.338 E.01719
G1 X150.063 Y171.318 E.00197
G2 X149.934 Y171.323 I-.062 J.062 E.00446
G1 X149.847 Y171.37 E.00301
G3 X146.375 Y174.936 I-12.16 J-8.368 E.15366
G3 X142.562 Y176.49 I-5.089 J-7.033 E.12773
G3 X139.119 Y176.132 I-.922 J-7.878 E.10725
G1 X138.086 Y175.732 E.03401
G1 X137.897 Y175.586 E.00733
G1 X137.864 Y175.405 E.00566
G1 X137.977 Y175.207 E.00702
G2 X139.466 Y174.643 I-14.285 J-39.946 E.04892
G2 X141.011 Y173.842 I-4.496 J-10.564 E.05353
G1 X141.457 Y173.512 E.01703
G1 X141.458 Y173.493 E.0006
G1 X141.459 Y173.461 E.00098
G1 X141.462 Y173.36 E.0031
G3 X140.417 Y168.455 I11.967 J-5.113 E.15507
G3 X140.401 Y166.867 I39.365 J-1.201 E.0488
G1 X140.373 Y166.839 E.00123
G1 X140.29 Y166.756 E.0036
G1 X140.223 Y166.762 E.00206
G1 X140.128 Y166.77 E.00294
G3 X136.261 Y168.616 I-9.414 J-14.751 E.13199
G3 X134.038 Y169.074 I-3.85 J-13.047 E.06981
G1 X133.957 Y169.127 E.00297
G1 X133.926 Y169.148 E.00116
G1 X133.905 Y169.161 E.00074
G2 X133.927 Y171.413 I9.638 J1.035 E.06936
G2 X134.185 Y172.957 I12.577 J-1.311 E.04814
G1 X134.103 Y173.179 E.00728
G1 X133.899 Y173.275 E.00694
G1 X133.767 Y173.245 E.00415
G3 X131.02 Y170.206 I4.892 J-7.182 E.12706
G3 X130.178 Y166.296 I7.343 J-3.627 E.12415
G3 X131.359 Y161.289 I13.888 J.632 E.15899
G1 X131.582 Y160.776 E.01719
G1 X131.57 Y160.713 E.00198
G2 X131.499 Y160.604 I-.085 J-.022 E.00447
G1 X131.416 Y160.553 E.00298
G3 X126.593 Y159.329 I1.167 J-14.715 E.15366
G3 X123.34 Y156.803 I3.542 J-7.917 E.12774
G3 X121.825 Y153.076 I6.615 J-4.862 E.12492
G1 X121.759 Y152.548 E.01632
G1 X121.79 Y152.312 E.00733
G1 X121.93 Y152.193 E.00566
G1 X122.159 Y152.191 E.00702
G2 X123.465 Y153.25 I28.349 J-33.637 E.05167
G2 X124.858 Y154.136 I7.179 J-9.747 E.05077
G1 X125.359 Y154.358 E.01684
G1 X125.381 Y154.347 E.00074
G1 X125.414 Y154.33 E.00116
G1 X125.5 Y154.286 E.00298
G3 X129.226 Y150.929 I10.411 J7.808 E.15507
G3 X130.601 Y150.111 I27.566 J44.765 E.04915
G1 X130.607 Y150.08 E.00097
G1 X130.62 Y150.016 E.002
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X130.602 Y149.917 E-.00718
G1 X130.54 Y149.836 E-.00726
G1 X129.71 Y149.369 E-.06787
G1 X128.991 Y148.926 E-.06019
; WIPE_END
G1 E-.0075 F3600
G1 X152.254 Y151.284 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X152.215 Y151.365 E.00297
G1 X151.753 Y151.922 E.02402
G3 X151.001 Y152.402 I-2.442 J-3.003 E.02966
G1 X150.468 Y152.559 E.01843
G3 X149.576 Y152.567 I-.48 J-3.989 E.02965
G1 X149.041 Y152.418 E.01843
G1 X148.411 Y152.06 E.02402
G1 X147.925 Y151.574 E.0228
G1 X147.632 Y151.055 E.0198
G1 X147.536 Y150.826 E.00822
G1 X147.409 Y150.251 E.01955
G1 X147.44 Y149.548 E.02332
G1 X147.69 Y148.806 E.02599
G1 X148.089 Y148.231 E.02322
G1 X148.623 Y147.795 E.02285
G1 X149.31 Y147.491 E.02493
G1 X149.994 Y147.395 E.02292
G1 X150.504 Y147.443 E.01698
G1 X151.126 Y147.654 E.02178
G1 X151.704 Y148.031 E.0229
G1 X152.155 Y148.547 E.02274
G3 X152.539 Y149.431 I-4.041 J2.277 E.03204
G1 X152.602 Y149.983 E.01843
G1 X152.505 Y150.701 E.02402
G1 X152.458 Y150.855 E.00533
G1 X152.279 Y151.23 E.01378
M204 S10000
G1 X151.89 Y151.101 F30000
M204 S5000
G1 F8843.491
G1 X151.848 Y151.189 E.00323
G1 X151.448 Y151.653 E.02029
G1 X150.937 Y151.988 E.02029
G1 X150.353 Y152.169 E.02029
G1 X149.741 Y152.182 E.02029
G1 X149.15 Y152.026 E.02029
G1 X148.624 Y151.713 E.02029
G1 X148.222 Y151.296 E.01922
G1 X147.952 Y150.787 E.01911
G1 X147.807 Y150.163 E.02127
G1 X147.846 Y149.582 E.0193
G1 X148.072 Y148.947 E.02238
G1 X148.415 Y148.474 E.01936
G1 X148.869 Y148.12 E.01912
G1 X149.465 Y147.867 E.02146
G1 X150.036 Y147.8 E.01907
G1 X150.466 Y147.853 E.01438
G1 X150.99 Y148.038 E.01843
G1 X151.471 Y148.365 E.01931
G1 X151.84 Y148.804 E.01902
G1 X152.118 Y149.419 E.02237
G1 X152.197 Y150.029 E.02043
G1 X152.088 Y150.685 E.02205
G1 X151.915 Y151.047 E.01331
M204 S10000
G1 X151.547 Y150.936 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.229 Y151.326 E.01547
G1 X150.816 Y151.614 E.01547
G1 X150.34 Y151.776 E.01547
G1 X149.837 Y151.801 E.01547
G1 X149.347 Y151.686 E.01547
G1 X148.907 Y151.441 E.01547
G1 X148.553 Y151.084 E.01547
G1 X148.316 Y150.65 E.01518
G1 X148.199 Y150.157 E.0156
G1 X148.227 Y149.659 E.01531
G1 X148.39 Y149.178 E.0156
G1 X148.681 Y148.763 E.0156
G1 X149.067 Y148.455 E.01518
G1 X149.533 Y148.254 E.0156
G1 X150.037 Y148.192 E.0156
G1 X150.34 Y148.224 E.00936
G1 X150.816 Y148.386 E.01547
G1 X151.228 Y148.672 E.01541
G1 X151.512 Y149.014 E.01364
G1 X151.73 Y149.474 E.01566
G1 X151.808 Y149.974 E.01553
G1 X151.745 Y150.473 E.01547
G1 X151.571 Y150.881 E.01362
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X151.229 Y151.326 E-.03999
G1 X150.816 Y151.614 E-.03586
G1 X150.34 Y151.776 E-.03586
G1 X149.908 Y151.798 E-.03078
; WIPE_END
G1 E-.0075 F3600
G1 X151.332 Y147.579 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.421961
G1 F9497.654
G1 X136.368 Y132.616 E.65361
G2 X135.589 Y132.373 I-2.258 J5.857 E.02525
G1 X150.302 Y147.086 E.64268
M73 P21 R10
G2 X149.768 Y147.088 I-.26 J1.581 E.01656
G1 X134.886 Y132.206 E.65004
G2 X134.238 Y132.094 I-1.298 J5.583 E.02032
G1 X149.441 Y147.296 E.66404
G1 X158.737 Y124.431 F30000
G1 F9497.654
G1 X159.1 Y124.794 E.01585
G1 X158.759 Y124.988 E.01214
G1 X158.359 Y124.588 E.0175
G2 X157.846 Y124.611 I-.101 J3.457 E.01587
G1 X158.418 Y125.183 E.025
G2 X158.102 Y125.403 I1.057 J1.858 E.01191
G1 X157.369 Y124.67 E.03201
G2 X156.926 Y124.763 I.225 J2.163 E.014
G1 X157.797 Y125.634 E.03804
G2 X157.567 Y125.94 I.431 J.564 E.01197
G1 X156.509 Y124.883 E.04618
G2 X156.102 Y125.011 I.424 J2.057 E.01323
G1 X157.422 Y126.331 E.05767
G2 X157.437 Y126.883 I1.074 J.246 E.01723
G1 X155.719 Y125.164 E.07507
G2 X155.359 Y125.341 I.925 J2.342 E.01239
G1 X157.763 Y127.745 E.10502
G3 X158.014 Y128.532 I-6.086 J2.374 E.02553
G1 X155.01 Y125.528 E.13123
G2 X154.675 Y125.729 I1.218 J2.4 E.01207
G1 X158.188 Y129.242 E.15344
G3 X158.307 Y129.896 I-5.156 J1.271 E.02056
G1 X154.358 Y125.947 E.1725
G1 X154.04 Y126.165 E.01191
G1 X158.386 Y130.512 E.18986
G1 X158.426 Y131.088 E.01783
G1 X153.74 Y126.402 E.20469
G1 X153.447 Y126.645 E.01176
G1 X158.454 Y131.652 E.21869
G1 X158.467 Y132.2 E.01696
G1 X153.157 Y126.891 E.23193
G1 X152.881 Y127.151 E.01171
G1 X158.463 Y132.733 E.24383
G2 X158.481 Y133.287 I1.773 J.218 E.01721
G1 X152.617 Y127.423 E.25614
G1 X152.357 Y127.699 E.01171
G1 X171.696 Y147.038 E.84477
G1 X171.983 Y146.789 E.01174
G1 X159.555 Y134.361 E.54284
G1 X159.985 Y134.363 E.01327
G1 X160.073 Y134.343 E.00278
G1 X172.267 Y146.536 E.53263
G1 X172.536 Y146.27 E.01171
G1 X160.45 Y134.184 E.52793
G1 X160.794 Y133.992 E.01217
G1 X172.799 Y145.997 E.52439
G1 X173.051 Y145.713 E.01173
G1 X161.139 Y133.8 E.52035
G1 X161.483 Y133.609 E.01217
G1 X167.304 Y139.43 E.25427
G1 X167.309 Y139.053 E.01163
G1 X167.335 Y138.924 E.00406
G1 X161.827 Y133.417 E.24055
G3 X162.181 Y133.235 I1.719 J2.908 E.0123
G1 X167.482 Y138.535 E.23152
G1 X167.641 Y138.158 E.01264
G1 X162.543 Y133.061 E.22266
G3 X162.915 Y132.896 I1.675 J3.284 E.01256
G1 X167.8 Y137.781 E.21338
G2 X167.945 Y137.391 I-3.456 J-1.508 E.01288
G1 X163.294 Y132.739 E.20318
G3 X163.687 Y132.597 I1.331 J3.066 E.01294
G1 X168.082 Y136.992 E.19197
G1 X168.21 Y136.583 E.01322
G1 X164.087 Y132.461 E.18007
G1 X164.509 Y132.346 E.01349
G1 X168.324 Y136.161 E.16664
G2 X168.427 Y135.729 I-4.586 J-1.328 E.01374
G1 X164.941 Y132.242 E.15231
G1 X165.385 Y132.15 E.01402
G1 X168.52 Y135.285 E.13691
G1 X168.595 Y134.824 E.01443
G1 X165.853 Y132.082 E.11977
G1 X166.183 Y132.035 E.01031
G1 X166.3 Y131.993 E.00383
G1 X168.649 Y134.342 E.10259
G2 X168.672 Y133.829 I-3.708 J-.428 E.01585
G1 X166.663 Y131.82 E.08776
G2 X166.95 Y131.571 I-.482 J-.843 E.01181
G1 X168.689 Y133.31 E.07597
G1 X168.657 Y132.742 E.01756
G1 X167.14 Y131.225 E.06627
G2 X167.246 Y130.887 I-.882 J-.461 E.011
G1 X167.25 Y130.799 E.00274
G1 X168.574 Y132.123 E.05783
G2 X168.409 Y131.422 I-4.778 J.755 E.02227
G1 X167.272 Y130.285 E.04966
G2 X167.286 Y129.763 I-2.888 J-.34 E.01614
G1 X168.408 Y130.885 E.04899
G1 E-.35 F3600
; WIPE_START
G1 F9497.654
G1 X167.286 Y129.763 E-.11301
G1 X167.275 Y130.177 E-.02949
; WIPE_END
G1 E-.0075 F3600
G1 X176.614 Y144.987 F30000
G1 E.5 F2400
G1 F9497.654
G1 X173.775 Y142.148 E.124
G2 X172.681 Y141.59 I-4.187 J6.86 E.03796
G1 X176.353 Y145.262 E.16039
G2 X175.202 Y144.648 I-3.95 J6.012 E.04034
G1 X171.811 Y141.256 E.14814
G2 X171.04 Y141.021 I-2.997 J8.454 E.0249
G1 X174.549 Y144.531 E.15329
G2 X174.111 Y144.629 I.071 J1.351 E.01393
G1 X170.335 Y140.853 E.16492
G2 X169.68 Y140.734 I-1.148 J4.455 E.02058
G1 X173.789 Y144.843 E.17949
G2 X173.53 Y145.119 I.987 J1.188 E.01174
G1 X169.044 Y140.634 E.19592
G1 X168.441 Y140.567 E.01876
G1 X173.415 Y145.541 E.21728
G1 X171.515 Y147.393 F30000
G1 F9497.654
G1 X152.099 Y127.977 E.84811
G1 X151.858 Y128.272 E.01177
G1 X171.09 Y147.504 E.8401
G3 X170.77 Y147.721 I-1.939 J-2.525 E.01193
G1 X151.616 Y128.566 E.83667
G2 X151.38 Y128.866 I2.67 J2.347 E.0118
G1 X170.45 Y147.936 E.833
G3 X170.122 Y148.144 I-2.428 J-3.476 E.012
G1 X151.154 Y129.176 E.82855
G3 X150.907 Y129.465 I-1.26 J-.825 E.01178
G1 X169.789 Y148.347 E.82478
G3 X169.451 Y148.545 I-3.257 J-5.164 E.0121
G1 X150.595 Y129.69 E.82362
G3 X150.182 Y129.812 I-.532 J-1.04 E.0134
G1 X169.109 Y148.739 E.82675
G2 X168.774 Y148.941 I.485 J1.18 E.01211
G1 X146.108 Y126.275 E.99008
G2 X144.63 Y125.333 I-5.384 J6.818 E.05423
G1 X168.517 Y149.22 E1.04341
G2 X168.319 Y149.558 I.533 J.539 E.01224
G1 X143.699 Y124.937 E1.07545
G2 X142.958 Y124.732 I-2.519 J7.665 E.02376
G1 X168.251 Y150.026 E1.10483
G2 X168.306 Y150.433 I.863 J.091 E.01282
G1 X168.538 Y150.834 E.01432
G1 X168.726 Y151.029 E.00835
G1 X170.034 Y151.808 E.04702
G1 X175.089 Y156.863 E.22081
G1 X175.354 Y156.592 E.01171
G1 X170.967 Y152.205 E.19163
G1 E-.35 F3600
; WIPE_START
G1 F9497.654
G1 X172.381 Y153.619 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X176.722 Y154.744 F30000
G1 E.5 F2400
G1 F9497.654
G1 X176.571 Y154.593 E.00658
G1 X176.245 Y154.803 E.01198
G1 X176.431 Y154.989 E.00813
G3 X176.247 Y155.341 I-1.985 J-.816 E.01228
G1 X175.904 Y154.999 E.01494
G1 X175.552 Y155.183 E.01227
G1 X176.057 Y155.687 E.02204
G3 X175.838 Y156.005 I-1.649 J-.901 E.01193
G1 X175.2 Y155.366 E.02788
G1 X175.175 Y155.379 E.00087
G3 X174.759 Y155.462 I-.436 J-1.108 E.01316
G1 X175.723 Y156.426 E.0421
G1 X174.925 Y157.236 F30000
G1 F9497.654
G1 X142.315 Y124.625 E1.42445
G2 X141.748 Y124.595 I-.427 J2.683 E.01754
G1 X174.507 Y157.354 E1.43094
G3 X174.197 Y157.58 I-1.773 J-2.112 E.01186
G1 X141.221 Y124.603 E1.44043
M73 P22 R10
G2 X140.739 Y124.658 I.027 J2.385 E.01499
G1 X140.859 Y124.778 E.00524
G1 X141.196 Y124.952 E.0117
G1 X141.999 Y125.46 E.02935
G3 X142.519 Y126.096 I-1.162 J1.478 E.02559
G3 X142.584 Y126.503 I-1.118 J.389 E.01279
G1 X173.873 Y157.792 E1.36673
G3 X173.529 Y157.984 I-1.249 J-1.832 E.01218
G1 X142.534 Y126.989 E1.3539
G1 X142.383 Y127.374 E.01278
G1 X173.18 Y158.171 E1.34525
G3 X172.822 Y158.349 I-1.472 J-2.511 E.01236
G1 X142.232 Y127.759 E1.33621
G1 X142.098 Y128.161 E.01309
G1 X172.449 Y158.512 E1.32576
G1 X172.06 Y158.659 E.01284
G1 X141.975 Y128.574 E1.31417
G1 X141.863 Y128.998 E.01355
G1 X171.66 Y158.795 E1.30156
G3 X171.25 Y158.921 I-1.559 J-4.332 E.01325
G1 X141.772 Y129.443 E1.28761
G2 X141.693 Y129.9 I3.598 J.862 E.01432
G1 X170.829 Y159.036 E1.27268
G3 X170.393 Y159.136 I-1.355 J-4.886 E.01381
G1 X141.631 Y130.374 E1.25636
G2 X141.587 Y130.866 I4.435 J.644 E.01527
G1 X169.947 Y159.227 E1.23881
G3 X169.49 Y159.305 I-.904 J-3.914 E.01435
G1 X141.553 Y131.369 E1.22028
G1 X141.541 Y131.892 E.01617
G1 X169.012 Y159.363 E1.19996
G1 X168.534 Y159.421 E.01486
G1 X141.533 Y132.421 E1.17942
G1 X141.535 Y132.958 E.01661
G1 X168.113 Y159.536 E1.16094
G1 X167.771 Y159.73 E.01214
G1 X141.483 Y133.443 E1.14827
G3 X141.306 Y133.801 I-1.367 J-.453 E.0124
G1 X167.514 Y160.009 E1.14478
G2 X167.344 Y160.376 I3.109 J1.66 E.01248
G1 X141.055 Y134.086 E1.14835
G3 X140.713 Y134.28 I-.803 J-1.016 E.01219
G1 X167.311 Y160.878 E1.16182
G2 X167.394 Y161.266 I1.116 J-.036 E.01232
G1 X167.576 Y161.679 E.01394
G1 X140.273 Y134.376 E1.19262
G3 X139.565 Y134.205 I-.063 J-1.284 E.02281
G1 X167.922 Y162.561 E1.23865
G3 X168.186 Y163.361 I-5.38 J2.217 E.02603
G1 X138.32 Y133.495 E1.30456
G2 X137.256 Y132.967 I-12.792 J24.439 E.0367
G1 X168.391 Y164.103 E1.36002
G3 X168.521 Y164.768 I-5.272 J1.372 E.02096
G1 X152.728 Y148.976 E.68984
G3 X152.895 Y149.678 I-1.585 J.748 E.02248
G1 X168.621 Y165.405 E.68693
G1 X168.666 Y165.986 E.01801
G1 X152.915 Y150.234 E.68804
G1 X152.836 Y150.692 E.01433
G1 X168.687 Y166.543 E.69241
G3 X168.67 Y167.062 I-3.331 J.152 E.01606
G1 X152.704 Y151.096 E.69742
G1 X152.535 Y151.462 E.01247
G1 X168.623 Y167.551 E.70276
G3 X168.548 Y168.012 I-3.287 J-.299 E.01444
G1 X152.318 Y151.782 E.70896
M73 P23 R10
G1 X152.063 Y152.063 E.01172
G1 X168.448 Y168.448 E.71568
G3 X168.324 Y168.86 I-2.76 J-.605 E.01331
G1 X151.781 Y152.317 E.7226
G1 X151.457 Y152.529 E.01196
G1 X168.175 Y169.247 E.73027
G3 X168.006 Y169.614 I-2.457 J-.915 E.01248
G1 X151.107 Y152.715 E.73817
G1 X150.687 Y152.831 E.01345
G1 X165.76 Y167.904 E.65839
G3 X165.113 Y167.794 I.577 J-5.326 E.02027
G1 X150.232 Y152.913 E.65002
G1 X149.703 Y152.919 E.01635
G1 X164.411 Y167.627 E.64247
G3 X163.632 Y167.384 I1.478 J-6.101 E.02525
G1 X148.998 Y152.75 E.63922
G3 X148.754 Y152.657 I.275 J-1.094 E.00808
G1 X148.133 Y152.269 E.0226
G1 X147.678 Y151.795 E.02029
G1 X147.537 Y151.594 E.00759
G1 X147.239 Y150.991 E.02079
G1 X131.48 Y135.232 E.68836
G3 X131.377 Y134.593 I4.479 J-1.049 E.02001
G1 X147.083 Y150.299 E.68605
G3 X147.093 Y149.773 I1.786 J-.23 E.01631
G1 X131.326 Y134.007 E.68868
G3 X131.312 Y133.456 I4.706 J-.402 E.01703
G1 X147.16 Y149.305 E.69229
G1 X147.302 Y148.91 E.01294
G1 X131.329 Y132.938 E.6977
G3 X131.377 Y132.449 I3.676 J.111 E.01517
G1 X147.461 Y148.533 E.70257
G3 X147.686 Y148.222 I1.144 J.591 E.0119
G1 X131.452 Y131.988 E.70913
G3 X131.552 Y131.552 I2.981 J.458 E.01382
G1 X147.922 Y147.923 E.71506
G1 X148.224 Y147.688 E.0118
G1 X131.676 Y131.14 E.72281
G1 X131.825 Y130.753 E.01282
G1 X148.536 Y147.464 E.72996
G3 X148.91 Y147.301 I.826 J1.39 E.01262
G1 X131.994 Y130.386 E.73888
G3 X132.183 Y130.038 I2.353 J1.049 E.01223
G1 X132.742 Y130.598 E.02444
G3 X132.718 Y130.038 I3.062 J-.41 E.01733
G1 X132.388 Y129.708 E.01443
G3 X132.61 Y129.394 I1.787 J1.032 E.01189
G1 X132.89 Y129.673 E.0122
G1 E-.35 F3600
; WIPE_START
G1 F9497.654
G1 X132.61 Y129.394 E-.02814
G1 X132.388 Y129.708 E-.02739
G1 X132.718 Y130.038 E-.03328
G1 X132.717 Y130.308 E-.01926
G1 X132.742 Y130.598 E-.0207
G1 X132.606 Y130.461 E-.01373
; WIPE_END
G1 E-.0075 F3600
G1 X123.552 Y145.529 F30000
G1 E.5 F2400
G1 F9497.654
G1 X123.407 Y145.385 E.00631
G1 X123.569 Y145.011 E.01259
G1 X123.755 Y145.197 E.00813
G3 X124.096 Y145.001 I1.256 J1.79 E.01214
G1 X123.753 Y144.659 E.01494
G1 X123.943 Y144.313 E.0122
G1 X124.448 Y144.818 E.02204
G1 X124.8 Y144.634 E.01227
G1 X124.162 Y143.995 E.02788
G3 X124.397 Y143.695 I1.751 J1.128 E.01181
G1 X125.399 Y144.696 E.04375
G1 X129.033 Y147.795 F30000
G1 F9497.654
G1 X124.646 Y143.408 E.19162
G1 X124.911 Y143.137 E.01171
G1 X130.455 Y148.681 E.24216
G1 E-.35 F3600
; WIPE_START
G1 F9497.654
G1 X129.041 Y147.266 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X126.652 Y158.279 F30000
G1 E.5 F2400
G1 F9497.654
G1 X123.778 Y155.404 E.12558
G3 X123.393 Y154.577 I5.024 J-2.841 E.02821
G2 X123.647 Y154.738 I1.152 J-1.545 E.0093
G1 X127.319 Y158.41 E.16039
G1 X128.189 Y158.744 E.02879
G1 X124.798 Y155.352 E.14814
G2 X125.451 Y155.469 I.509 J-.957 E.02083
G1 X128.96 Y158.979 E.15329
G1 X129.665 Y159.147 E.02237
G1 X125.889 Y155.371 E.16492
G2 X126.211 Y155.157 I-.485 J-1.075 E.01199
G1 X130.32 Y159.266 E.17949
G2 X130.956 Y159.366 I1.246 J-5.864 E.01989
G1 X126.47 Y154.881 E.19592
G1 X126.706 Y154.58 E.01179
G1 X131.816 Y159.69 E.2232
G1 X131.592 Y169.116 F30000
G1 F9497.654
G1 X132.714 Y170.237 E.04899
G3 X132.728 Y169.715 I2.902 J-.182 E.01614
G1 X131.591 Y168.578 E.04966
G3 X131.426 Y167.877 I4.613 J-1.456 E.02227
G1 X132.75 Y169.201 E.05783
G3 X132.86 Y168.775 I1.543 J.169 E.01365
G1 X131.343 Y167.258 E.06627
G1 X131.311 Y166.69 E.01756
G1 X133.05 Y168.429 E.07597
G3 X133.335 Y168.178 I.609 J.403 E.01185
G1 X131.328 Y166.171 E.08768
G3 X131.351 Y165.658 I3.732 J-.084 E.01585
G1 X133.699 Y168.006 E.10255
G3 X134.147 Y167.918 I.454 J1.127 E.01419
G1 X131.405 Y165.176 E.11976
G1 X131.48 Y164.715 E.01443
G1 X134.615 Y167.85 E.13691
G1 X135.059 Y167.758 E.01402
G1 X131.573 Y164.271 E.15231
G3 X131.676 Y163.839 I4.689 J.896 E.01374
G1 X135.491 Y167.654 E.16664
G1 X135.913 Y167.539 E.01349
G1 X131.79 Y163.417 E.18007
G1 X131.918 Y163.008 E.01322
G1 X136.312 Y167.403 E.19197
G2 X136.706 Y167.261 I-.937 J-3.208 E.01294
G1 X132.055 Y162.609 E.20318
G3 X132.2 Y162.219 I3.444 J1.061 E.01288
G1 X137.085 Y167.104 E.21337
G2 X137.457 Y166.939 I-1.303 J-3.449 E.01256
G1 X132.36 Y161.843 E.22262
G1 X132.52 Y161.467 E.01262
G1 X137.819 Y166.765 E.23144
G2 X138.174 Y166.584 I-1.6 J-3.579 E.01231
G1 X132.665 Y161.076 E.24061
M73 P23 R9
G2 X132.693 Y160.567 I-2.551 J-.395 E.01574
G1 X138.52 Y166.395 E.25454
G2 X138.867 Y166.205 I-3.306 J-6.443 E.0122
G1 X126.949 Y154.287 E.52058
G1 X127.201 Y154.003 E.01173
G1 X139.206 Y166.008 E.52437
G1 X139.544 Y165.811 E.01211
G1 X127.464 Y153.731 E.52767
G1 X127.733 Y153.464 E.01171
G1 X139.923 Y165.654 E.53247
G3 X140.369 Y165.629 I.306 J1.526 E.01382
G1 X140.45 Y165.644 E.00256
G1 X128.017 Y153.211 E.5431
G1 X128.304 Y152.962 E.01174
G1 X147.643 Y172.301 E.84477
G2 X147.901 Y172.023 I-1.789 J-1.916 E.01173
G1 X128.606 Y152.728 E.84282
G1 X128.91 Y152.496 E.01181
G1 X148.142 Y171.728 E.8401
G1 X148.384 Y171.434 E.01177
G1 X129.229 Y152.279 E.83667
G1 X129.55 Y152.064 E.01193
G1 X148.62 Y171.134 E.833
G1 X148.846 Y170.824 E.01185
G1 X129.878 Y151.856 E.82855
G1 X130.211 Y151.653 E.01205
G1 X149.093 Y170.535 E.82478
G1 X149.405 Y170.31 E.01186
M73 P24 R9
G1 X130.549 Y151.455 E.82363
G1 X130.891 Y151.261 E.01215
G1 X149.978 Y170.348 E.83373
G1 X147.503 Y172.697 F30000
G1 F9497.654
G1 X141.515 Y166.709 E.26152
G1 X141.539 Y166.826 E.00368
G1 X141.536 Y167.266 E.0136
G1 X147.119 Y172.849 E.24388
G1 X146.843 Y173.109 E.01171
G1 X141.533 Y167.8 E.23193
G1 X141.546 Y168.349 E.01696
G1 X146.553 Y173.355 E.21869
G1 X146.26 Y173.598 E.01176
G1 X141.574 Y168.912 E.20469
G1 X141.614 Y169.488 E.01783
G1 X145.96 Y173.835 E.18986
G1 X145.642 Y174.053 E.01191
G1 X141.693 Y170.104 E.1725
G2 X141.812 Y170.758 I5.275 J-.617 E.02056
G1 X145.325 Y174.271 E.15344
G3 X144.99 Y174.472 I-1.552 J-2.199 E.01207
G1 X141.986 Y171.468 E.13123
G2 X142.237 Y172.255 I6.338 J-1.587 E.02553
G1 X144.641 Y174.659 E.10502
G3 X144.281 Y174.836 I-1.285 J-2.167 E.01239
G1 X142.563 Y173.117 E.07506
G3 X142.578 Y173.669 I-1.058 J.306 E.01722
G1 X143.898 Y174.989 E.05767
G3 X143.491 Y175.117 I-.831 J-1.929 E.01323
G1 X142.433 Y174.06 E.04618
G3 X142.203 Y174.366 I-.661 J-.259 E.01197
G1 X143.074 Y175.237 E.03804
G3 X142.631 Y175.33 I-.668 J-2.069 E.014
G1 X141.898 Y174.597 E.03201
G3 X141.582 Y174.817 I-1.374 J-1.639 E.01191
G1 X142.154 Y175.389 E.02499
G3 X141.64 Y175.411 I-.395 J-3.253 E.01591
G1 X141.241 Y175.012 E.01744
G1 X140.9 Y175.207 E.01214
G1 X141.263 Y175.57 E.01586
G1 E-.35 F3600
; WIPE_START
G1 F9497.654
G1 X140.9 Y175.207 E-.03658
G1 X141.241 Y175.012 E-.028
G1 X141.64 Y175.411 E-.04022
G1 X142.154 Y175.389 E-.03667
G1 X142.144 Y175.379 E-.00103
; WIPE_END
G1 E-.0075 F3600
G1 X154.584 Y174.417 F30000
G1 E.5 F2400
G1 F9497.654
G1 X131.226 Y151.06 E1.02028
G2 X131.485 Y150.783 I-.457 J-.686 E.01182
G1 X155.366 Y174.664 E1.04316
G1 X156.301 Y175.062 E.03136
G1 X131.684 Y150.446 E1.07526
G1 X131.703 Y150.405 E.0014
G1 X131.752 Y149.977 E.01328
G1 X157.045 Y175.271 E1.10485
G2 X157.678 Y175.368 I.814 J-3.208 E.0198
G1 X125.195 Y142.885 E1.41888
G3 X125.493 Y142.646 I1.797 J1.935 E.01179
G1 X158.43 Y175.583 E1.43873
G1 X158.701 Y174.782 F30000
G1 F9497.654
G1 X159.266 Y175.347 E.02468
G3 X158.78 Y175.397 I-.573 J-3.183 E.0151
G1 X125.803 Y142.42 E1.44047
G1 X126.127 Y142.208 E.01196
G1 X157.416 Y173.497 E1.36674
G3 X157.469 Y173.014 I.922 J-.143 E.01518
G1 X126.471 Y142.016 E1.35404
G1 X126.82 Y141.829 E.01223
G1 X157.619 Y172.628 E1.34534
G2 X157.768 Y172.241 I-3.812 J-1.688 E.01282
G1 X127.178 Y141.651 E1.33621
G3 X127.551 Y141.488 I1.529 J2.991 E.01258
G1 X157.902 Y171.839 E1.32576
G2 X158.025 Y171.426 I-3.194 J-1.181 E.01331
G1 X127.94 Y141.341 E1.31417
G3 X128.34 Y141.205 I1.558 J3.947 E.01307
G1 X158.137 Y171.002 E1.30156
G2 X158.228 Y170.557 I-3.374 J-.916 E.01406
G1 X128.75 Y141.079 E1.28761
G1 X129.171 Y140.964 E.01349
G1 X158.307 Y170.1 E1.27268
G1 X158.369 Y169.626 E.01477
G1 X129.607 Y140.864 E1.25636
G3 X130.053 Y140.773 I1.29 J5.22 E.01405
G1 X158.413 Y169.134 E1.23881
G2 X158.446 Y168.631 I-4.095 J-.519 E.01559
G1 X130.51 Y140.695 E1.22025
G1 X130.987 Y140.636 E.01483
G1 X158.453 Y168.102 E1.19975
G1 X158.46 Y167.573 E.01633
G1 X131.463 Y140.576 E1.17925
G2 X131.892 Y140.469 I-.09 J-1.269 E.01372
G1 X158.468 Y167.044 E1.16084
G1 X158.472 Y166.732 E.00965
G1 X158.521 Y166.561 E.00547
G1 X132.232 Y140.272 E1.14834
M73 P25 R9
G2 X132.485 Y139.99 I-.626 J-.817 E.01179
G1 X158.698 Y166.202 E1.14498
G3 X158.947 Y165.916 I.714 J.37 E.01185
G1 X132.656 Y139.625 E1.14841
G2 X132.689 Y139.122 I-1.009 J-.319 E.01572
G1 X159.293 Y165.726 E1.16207
G1 X159.414 Y165.664 E.0042
G1 X159.724 Y165.621 E.00967
G1 X132.424 Y138.321 E1.19249
G3 X132.078 Y137.439 I8.031 J-3.659 E.02928
G1 X160.43 Y165.79 E1.23843
G2 X161.68 Y166.505 I11.747 J-19.114 E.04448
G1 X131.814 Y136.639 E1.30456
G3 X131.609 Y135.897 I6.302 J-2.145 E.02378
G1 X163.058 Y167.347 E1.37374
G1 E-.35 F3600
; WIPE_START
G1 F9497.654
G1 X161.644 Y165.933 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X167.11 Y170.327 F30000
G1 E.5 F2400
G1 F9497.654
G1 X167.39 Y170.606 E.0122
G2 X167.612 Y170.292 I-1.568 J-1.348 E.01189
G1 X167.282 Y169.962 E.01443
G2 X167.258 Y169.402 I-3.086 J-.15 E.01733
G1 X167.942 Y170.086 E.02987
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 0.8
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F9497.654
G1 X167.258 Y169.402 E-.06889
G1 X167.283 Y169.692 E-.02069
G1 X167.282 Y169.962 E-.01926
G1 X167.612 Y170.292 E-.03328
G1 X167.609 Y170.297 E-.00037
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X131.41 Y149.814 Z.8 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X131.41 Y149.777 E.00122
G1 X131.216 Y149.396 E.01419
G1 X131 Y149.186 E.00999
G3 X128.725 Y147.78 I12.939 J-23.471 E.08877
G3 X126.105 Y145.192 I7.104 J-9.809 E.12263
G1 X125.758 Y144.943 E.01418
G1 X125.455 Y144.853 E.01049
G1 X124.973 Y144.918 E.01611
G2 X123.21 Y145.942 I7.735 J15.352 E.0677
G1 X122.778 Y146.27 E.01796
G3 X126.004 Y141.893 I6.704 J1.563 E.18541
G3 X131.053 Y140.288 I6.325 J11.155 E.17701
G1 X131.687 Y140.2 E.02124
G1 X132.096 Y139.957 E.01578
G1 X132.314 Y139.599 E.01389
G1 X132.378 Y139.314 E.00969
G1 X132.3 Y138.86 E.0153
G3 X131.008 Y134.22 I12.481 J-5.976 E.16059
G3 X131.525 Y130.61 I7.81 J-.724 E.12209
G3 X133.166 Y128.277 I6.47 J2.807 E.09528
G2 X133.081 Y130.822 I14.551 J1.759 E.08457
G1 X133.22 Y131.251 E.01496
G1 X133.504 Y131.546 E.01357
G1 X133.788 Y131.676 E.01036
G3 X137.169 Y132.573 I-1.755 J13.435 E.11636
G3 X139.801 Y133.96 I-9.531 J21.278 E.09876
G1 X140.222 Y134.044 E.01425
G1 X140.471 Y134.023 E.00828
G1 X140.901 Y133.787 E.01625
G1 X141.133 Y133.428 E.01419
G1 X141.205 Y133.139 E.00988
G3 X141.285 Y130.465 I26.801 J-.53 E.08877
G3 X142.22 Y126.889 I11.993 J1.224 E.12308
G1 X142.262 Y126.633 E.00863
G1 X142.208 Y126.213 E.01403
G1 X141.958 Y125.86 E.01437
G1 X141.745 Y125.69 E.00902
G2 X139.611 Y124.557 I-6.803 J10.235 E.08027
G3 X144.683 Y124.989 I1.999 J6.523 E.17303
G3 X147.917 Y127.497 I-4.949 J9.722 E.13656
G3 X149.331 Y129.24 I-27.501 J23.743 E.07446
G1 X149.743 Y129.472 E.01569
G1 X150.165 Y129.483 E.014
G1 X150.443 Y129.397 E.00965
G1 X150.798 Y129.101 E.01532
G3 X154.39 Y125.512 I11.281 J7.698 E.16945
G3 X157.821 Y124.276 I4.234 J6.378 E.12214
G1 X158.841 Y124.273 E.03381
G3 X160.394 Y124.555 I-.659 J8.043 E.05245
G2 X158.083 Y125.815 I4.404 J10.826 E.08748
G1 X157.804 Y126.183 E.01532
G1 X157.738 Y126.622 E.01473
G1 X157.78 Y126.888 E.00895
G3 X158.739 Y130.813 I-10.825 J4.724 E.13467
G3 X158.792 Y133.147 I-26.071 J1.756 E.07748
G1 X158.933 Y133.559 E.01445
G1 X159.098 Y133.782 E.00921
G1 X159.488 Y134.012 E.01501
G1 X159.915 Y134.035 E.01419
G1 X160.205 Y133.952 E.00999
G3 X162.56 Y132.685 I13.857 J22.941 E.08876
G3 X166.112 Y131.711 I4.943 J11.057 E.12263
G1 X166.501 Y131.534 E.01418
G1 X166.73 Y131.317 E.01049
G1 X166.914 Y130.867 E.01611
G2 X166.909 Y128.828 I-17.162 J-.977 E.0677
G1 X166.841 Y128.29 E.01796
G3 X169.019 Y133.272 I-4.706 J5.024 E.18541
G3 X167.884 Y138.447 I-12.823 J-.1 E.177
G1 X167.644 Y139.041 E.02124
G1 X167.65 Y139.516 E.01579
G1 X167.85 Y139.884 E.01389
G1 X168.065 Y140.082 E.00969
G1 X168.498 Y140.241 E.0153
G3 X173.403 Y141.558 I-1.026 J13.619 E.16945
G3 X176.178 Y143.898 I-3.404 J6.853 E.12159
G3 X177.233 Y146.279 I-6.009 J4.086 E.08684
G2 X174.987 Y144.908 I-7.174 J9.227 E.08748
G1 X174.528 Y144.85 E.01532
G1 X174.115 Y145.013 E.01473
G1 X173.905 Y145.182 E.00895
G3 X170.986 Y147.975 I-9.504 J-7.014 E.13467
G3 X168.991 Y149.187 I-14.562 J-21.708 E.07748
G1 X168.707 Y149.51 E.01426
G1 X168.593 Y149.781 E.00974
G1 X168.593 Y150.234 E.01503
G1 X168.786 Y150.607 E.01394
G1 X169 Y150.814 E.00988
G3 X171.275 Y152.22 I-12.942 J23.476 E.08877
G3 X173.895 Y154.808 I-7.104 J9.809 E.12263
G1 X174.242 Y155.057 E.01418
G1 X174.545 Y155.147 E.01049
G1 X175.027 Y155.082 E.01611
G2 X176.79 Y154.058 I-7.735 J-15.352 E.0677
G1 X177.222 Y153.73 E.01797
G3 X173.996 Y158.107 I-6.704 J-1.563 E.18541
G3 X168.947 Y159.712 I-6.325 J-11.155 E.17701
G1 X168.313 Y159.8 E.02124
G1 X167.906 Y160.041 E.01569
G1 X167.686 Y160.401 E.014
G1 X167.622 Y160.684 E.00963
G1 X167.7 Y161.14 E.01535
G3 X169.012 Y166.046 I-12.307 J5.921 E.16945
G3 X168.373 Y169.62 I-7.637 J.478 E.12159
G3 X166.839 Y171.724 I-6.543 J-3.161 E.08684
G2 X166.903 Y169.093 I-11.578 J-1.599 E.08748
G1 X166.724 Y168.667 E.01532
G1 X166.377 Y168.391 E.01473
G1 X166.125 Y168.294 E.00895
G3 X162.247 Y167.162 I1.322 J-11.737 E.13467
G3 X160.199 Y166.04 I11.516 J-23.46 E.07748
G1 X159.768 Y165.956 E.01457
G1 X159.474 Y165.996 E.00984
G1 X159.082 Y166.23 E.01514
G1 X158.866 Y166.575 E.01349
G1 X158.795 Y166.861 E.0098
G3 X158.715 Y169.535 I-26.792 J.53 E.08877
G3 X157.783 Y173.098 I-12.047 J-1.248 E.12263
G1 X157.741 Y173.523 E.01418
G1 X157.815 Y173.83 E.01049
G1 X158.112 Y174.215 E.01611
G2 X159.881 Y175.23 I9.426 J-14.373 E.0677
G1 X160.389 Y175.443 E.01825
G3 X154.977 Y174.835 I-2.002 J-6.565 E.18574
G3 X151.063 Y171.265 I6.498 J-11.055 E.17701
G1 X150.669 Y170.76 E.02124
G1 X150.259 Y170.529 E.01562
G1 X149.835 Y170.517 E.01407
G1 X149.555 Y170.605 E.00975
G1 X149.202 Y170.899 E.01522
G3 X145.61 Y174.488 I-11.281 J-7.698 E.16945
G3 X142.195 Y175.722 I-4.232 J-6.375 E.12159
G3 X139.606 Y175.445 I-.534 J-7.247 E.08684
G2 X141.917 Y174.185 I-4.404 J-10.826 E.08748
G1 X142.196 Y173.817 E.01532
G1 X142.262 Y173.378 E.01473
G1 X142.22 Y173.112 E.00895
G3 X141.261 Y169.187 I10.825 J-4.724 E.13467
G3 X141.201 Y166.794 I30.589 J-1.962 E.07944
G1 X141.053 Y166.405 E.0138
G1 X140.867 Y166.193 E.00937
G1 X140.486 Y165.98 E.01447
G1 X140.05 Y165.967 E.01444
G1 X139.795 Y166.048 E.00888
G3 X137.44 Y167.315 I-13.856 J-22.938 E.08876
G3 X133.888 Y168.289 I-4.943 J-11.057 E.12263
G1 X133.499 Y168.466 E.01418
G1 X133.27 Y168.683 E.01049
G1 X133.086 Y169.133 E.01611
G2 X133.091 Y171.172 I17.161 J.977 E.0677
G1 X133.159 Y171.71 E.01796
G3 X130.981 Y166.728 I4.706 J-5.024 E.18541
G3 X132.116 Y161.553 I12.823 J.1 E.177
G1 X132.356 Y160.959 E.02124
G1 X132.349 Y160.48 E.01591
G1 X132.15 Y160.116 E.01377
G1 X131.936 Y159.918 E.00966
G1 X131.502 Y159.759 E.01532
G3 X126.597 Y158.442 I1.026 J-13.619 E.16945
G3 X123.822 Y156.102 I3.404 J-6.853 E.12159
G3 X122.767 Y153.721 I6.01 J-4.086 E.08684
G2 X125.013 Y155.092 I7.174 J-9.227 E.08748
G1 X125.472 Y155.15 E.01532
G1 X125.885 Y154.987 E.01473
G1 X126.095 Y154.818 E.00895
G3 X129.014 Y152.025 I9.504 J7.014 E.13467
G3 X131.009 Y150.813 I14.558 J21.702 E.07748
G1 X131.296 Y150.484 E.01445
G1 X131.406 Y150.23 E.00921
G1 X131.409 Y149.874 E.01179
M204 S10000
G1 X131.003 Y149.894 F30000
M204 S5000
G1 F8843.491
G1 X131.004 Y149.836 E.00192
G1 X130.797 Y149.54 E.01199
G3 X128.486 Y148.11 I13.138 J-23.821 E.09019
G3 X125.8 Y145.461 I7.189 J-9.977 E.12564
G1 X125.53 Y145.282 E.01074
G1 X125.184 Y145.282 E.01149
G2 X122.697 Y146.844 I4.844 J10.472 E.09769
G1 X122.186 Y147.285 E.02238
G3 X124.034 Y142.978 I7.56 J.693 E.15806
G3 X126.785 Y141.015 I6.325 J5.952 E.11282
G3 X131.489 Y139.832 I5.879 J13.441 E.16164
G1 X131.789 Y139.683 E.0111
G1 X131.952 Y139.412 E.01051
G1 X131.943 Y139.081 E.01097
G3 X130.717 Y135.208 I14.654 J-6.768 E.13514
G3 X130.834 Y131.38 I9.224 J-1.635 E.12793
G3 X133.071 Y127.804 I7.073 J1.937 E.14191
G1 X133.746 Y127.263 E.02869
G2 X133.485 Y130.772 I12.974 J2.727 E.11705
G1 X133.6 Y131.082 E.01095
G1 X133.854 Y131.274 E.01058
G3 X137.606 Y132.313 I-1.827 J13.884 E.12954
G3 X139.965 Y133.586 I-10.659 J22.58 E.08897
G1 X140.326 Y133.639 E.0121
G1 X140.647 Y133.464 E.01214
G1 X140.798 Y133.14 E.01186
G3 X140.88 Y130.423 I27.203 J-.533 E.0902
G3 X141.841 Y126.739 I12.396 J1.266 E.1268
G1 X141.839 Y126.414 E.01079
G1 X141.793 Y126.297 E.00418
G1 X141.527 Y126.034 E.01238
G1 X140.632 Y125.489 E.03478
G2 X138.434 Y124.552 I-6.699 J12.668 E.07934
G3 X142.832 Y123.95 I3.206 J7.055 E.14934
G3 X146.437 Y125.593 I-1.691 J8.484 E.13258
G3 X149.55 Y128.885 I-9.112 J11.736 E.15089
G1 X149.829 Y129.07 E.01109
G1 X150.167 Y129.073 E.01122
G1 X150.469 Y128.861 E.01227
G3 X154.168 Y125.17 I11.61 J7.937 E.17434
G3 X157.796 Y123.869 I4.438 J6.667 E.12912
G1 X158.889 Y123.866 E.03624
G3 X161.539 Y124.552 I-.671 J8.053 E.09123
G2 X159.155 Y125.601 I5.296 J15.266 E.08647
G1 X158.368 Y126.106 E.03102
G1 X158.164 Y126.389 E.01161
G1 X158.159 Y126.738 E.01157
G3 X159.185 Y131.367 I-11.451 J4.969 E.15822
G3 X159.197 Y133.102 I-26.4 J1.047 E.05759
G1 X159.336 Y133.446 E.0123
G1 X159.64 Y133.631 E.01181
G1 X160 Y133.6 E.01199
G3 X162.394 Y132.314 I14.061 J23.289 E.09019
G3 X166.031 Y131.312 I5.046 J11.214 E.12565
G1 X166.321 Y131.168 E.01074
G1 X166.494 Y130.868 E.01149
G2 X166.384 Y127.933 I-11.492 J-1.041 E.09769
G1 X166.258 Y127.27 E.02237
G3 X169.064 Y131.024 I-4.38 J6.2 E.15806
G3 X169.389 Y134.388 I-8.317 J2.502 E.11282
M73 P26 R9
G3 X168.061 Y139.053 I-14.58 J-1.629 E.16164
G1 X168.04 Y139.387 E.0111
G1 X168.192 Y139.663 E.01045
G1 X168.484 Y139.822 E.01102
G3 X172.458 Y140.7 I-1.462 J16.046 E.13537
G3 X175.105 Y142.173 I-3.505 J9.413 E.10088
G3 X177.742 Y146.711 I-4.665 J5.745 E.17795
G1 X177.825 Y147.261 E.01845
G1 X177.807 Y147.269 E.00065
G2 X174.877 Y145.3 I-9.022 J10.261 E.11741
G1 X174.529 Y145.265 E.01161
G1 X174.225 Y145.435 E.01157
G3 X170.73 Y148.638 I-10.029 J-7.433 E.15822
G3 X169.232 Y149.516 I-14.111 J-22.346 E.0576
G1 X169.006 Y149.802 E.0121
G1 X168.998 Y150.17 E.01221
G1 X169.203 Y150.46 E.01178
G3 X171.514 Y151.89 I-13.141 J23.826 E.09019
G3 X174.2 Y154.539 I-7.188 J9.977 E.12564
G1 X174.47 Y154.718 E.01074
G1 X174.816 Y154.718 E.01149
G2 X177.303 Y153.156 I-4.844 J-10.472 E.09769
G1 X177.814 Y152.715 E.02238
G3 X175.966 Y157.022 I-7.56 J-.693 E.15806
G3 X173.215 Y158.985 I-6.325 J-5.952 E.11282
G3 X168.511 Y160.168 I-5.879 J-13.441 E.16164
G1 X168.211 Y160.316 E.01109
G1 X168.048 Y160.588 E.01052
G1 X168.057 Y160.919 E.01097
G3 X169.283 Y164.799 I-14.627 J6.757 E.13536
G3 X169.331 Y167.828 I-9.904 J1.672 E.10088
G3 X166.269 Y172.716 I-7.254 J-1.142 E.19661
G2 X166.509 Y169.194 I-13.398 J-2.683 E.11741
G1 X166.366 Y168.875 E.01161
G1 X166.066 Y168.696 E.01157
G3 X161.544 Y167.272 I1.423 J-12.401 E.15822
G3 X160.035 Y166.414 I12.294 J-23.388 E.0576
G1 X159.665 Y166.363 E.0124
G1 X159.344 Y166.546 E.01225
G1 X159.202 Y166.86 E.01144
G3 X159.12 Y169.577 I-27.195 J.533 E.09019
G3 X158.169 Y173.228 I-12.234 J-1.237 E.12564
G1 X158.149 Y173.551 E.01074
G1 X158.322 Y173.85 E.01149
G2 X161.572 Y175.45 I6.859 J-9.832 E.1206
G3 X156.902 Y175.998 I-3.183 J-6.955 E.15854
G3 X153.826 Y174.598 I1.992 J-8.453 E.11282
G3 X150.45 Y171.115 I8.701 J-11.812 E.16164
G1 X150.172 Y170.93 E.01108
G1 X149.853 Y170.924 E.01057
G1 X149.573 Y171.097 E.01094
G3 X146.825 Y174.099 I-13.165 J-9.288 E.13536
G3 X144.226 Y175.655 I-6.4 J-7.741 E.10088
G3 X138.461 Y175.448 I-2.639 J-6.862 E.19662
G2 X141.632 Y173.894 I-4.426 J-13.04 E.11744
G1 X141.836 Y173.611 E.01161
G1 X141.841 Y173.262 E.01157
G3 X140.815 Y168.633 I11.451 J-4.969 E.15822
G3 X140.803 Y166.898 I26.398 J-1.047 E.05759
G1 X140.667 Y166.557 E.01218
G1 X140.357 Y166.369 E.01201
G1 X140 Y166.4 E.01188
G3 X137.606 Y167.686 I-14.059 J-23.285 E.09019
G3 X133.969 Y168.688 I-5.046 J-11.214 E.12565
G1 X133.679 Y168.832 E.01074
G1 X133.506 Y169.132 E.01149
G2 X133.616 Y172.067 I11.493 J1.041 E.09769
G1 X133.742 Y172.73 E.02237
G3 X130.936 Y168.976 I4.38 J-6.2 E.15806
G3 X130.611 Y165.612 I8.317 J-2.502 E.11283
G3 X131.939 Y160.947 I14.58 J1.629 E.16164
G1 X131.96 Y160.612 E.01112
G1 X131.807 Y160.335 E.01051
G1 X131.516 Y160.178 E.01096
G3 X127.542 Y159.3 I1.461 J-16.046 E.13537
G3 X124.895 Y157.827 I3.504 J-9.413 E.10088
G3 X122.193 Y152.731 I4.616 J-5.711 E.19661
G2 X125.123 Y154.7 I9.022 J-10.261 E.11741
G1 X125.471 Y154.735 E.01161
G1 X125.775 Y154.565 E.01157
G3 X129.27 Y151.362 I10.028 J7.433 E.15822
G3 X130.768 Y150.484 I14.108 J22.342 E.0576
G1 X130.995 Y150.194 E.01221
G1 X131.001 Y149.954 E.00799
M204 S10000
G1 X130.634 Y149.966 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X130.597 Y149.914 E.00195
G1 X130.54 Y149.836 E.00298
G3 X127.009 Y147.41 I8.068 J-15.528 E.13199
G3 X125.5 Y145.714 I9.374 J-9.858 E.06981
G1 X125.414 Y145.67 E.00297
G1 X125.381 Y145.653 E.00116
G1 X125.359 Y145.642 E.00074
G2 X123.499 Y146.726 I4.309 J9.53 E.06626
G2 X122.21 Y147.783 I7.806 J10.834 E.05127
G1 X121.979 Y147.822 E.0072
G1 X121.85 Y147.748 E.00457
G1 X121.753 Y147.565 E.00637
G3 X123.049 Y143.611 I8.555 J.616 E.12912
G3 X126.057 Y140.941 I6.805 J4.636 E.12485
G3 X130.903 Y139.501 I6.37 J12.556 E.15618
G1 X131.459 Y139.437 E.01719
G1 X131.506 Y139.395 E.00193
G2 X131.568 Y139.284 I-.02 J-.085 E.00442
G1 X131.569 Y139.183 E.0031
G3 X130.208 Y134.295 I13.171 J-6.3 E.1567
G3 X130.776 Y130.319 I8.624 J-.797 E.12455
G3 X133.353 Y127.056 I7.53 J3.298 E.12916
G1 X133.764 Y126.758 E.01559
G1 X133.994 Y126.749 E.00708
G1 X134.16 Y126.897 E.00685
G1 X134.186 Y127.037 E.00436
G2 X133.847 Y130.3 I14.174 J3.121 E.10103
G1 X133.905 Y130.84 E.01668
G1 X133.926 Y130.853 E.00074
G1 X133.957 Y130.873 E.00116
G1 X134.038 Y130.926 E.00298
G3 X138.809 Y132.474 I-1.556 J12.92 E.15507
G3 X140.192 Y133.253 I-18.669 J34.741 E.0488
G1 X140.23 Y133.243 E.00122
G1 X140.347 Y133.21 E.00373
G1 X140.372 Y133.154 E.00188
G1 X140.413 Y133.065 E.003
G3 X140.748 Y128.794 I17.482 J-.777 E.13199
G3 X141.462 Y126.64 I13.223 J3.189 E.06981
G1 X141.462 Y126.532 E.00332
G1 X141.462 Y126.51 E.00067
G1 X141.32 Y126.367 E.00619
G1 X140.424 Y125.822 E.03223
G2 X138.025 Y124.825 I-6.841 J13.069 E.07993
G1 X137.875 Y124.644 E.00719
G1 X137.892 Y124.422 E.00685
G1 X138.062 Y124.287 E.00667
G3 X142.358 Y123.49 I3.632 J7.601 E.13582
G3 X146.126 Y124.897 I-.989 J8.395 E.12479
G3 X149.877 Y128.662 I-8.367 J12.088 E.16418
G1 X149.937 Y128.682 E.00197
G2 X150.066 Y128.677 I.062 J-.062 E.00446
G1 X150.153 Y128.63 E.00302
G3 X153.507 Y125.157 I11.688 J7.934 E.14909
G3 X157.217 Y123.544 I5.252 J7.008 E.12543
G3 X161.153 Y123.961 I1.148 J7.956 E.12287
G1 X162.053 Y124.354 E.03019
G1 X162.137 Y124.557 E.00675
G1 X162.058 Y124.765 E.00686
G1 X161.922 Y124.847 E.00487
G2 X159.366 Y125.932 I4.084 J13.181 E.08548
G1 X158.691 Y126.36 E.02455
G1 X158.538 Y126.51 E.00658
G1 X158.538 Y126.532 E.00066
G1 X158.538 Y126.64 E.00332
G3 X159.583 Y131.545 I-11.967 J5.113 E.15507
G3 X159.599 Y133.133 I-39.376 J1.202 E.0488
G1 X159.627 Y133.161 E.00122
G1 X159.713 Y133.245 E.00368
G1 X159.776 Y133.239 E.00195
G1 X159.872 Y133.23 E.00298
G3 X163.739 Y131.384 I9.414 J14.751 E.13199
G3 X165.962 Y130.926 I3.85 J13.047 E.06981
G1 X166.043 Y130.873 E.00297
G1 X166.074 Y130.852 E.00116
G1 X166.095 Y130.839 E.00074
G2 X166.086 Y128.687 I-10.408 J-1.033 E.06626
G2 X165.815 Y127.041 I-13.286 J1.343 E.05127
G1 X165.896 Y126.822 E.0072
G1 X166.026 Y126.748 E.00457
G1 X166.233 Y126.755 E.00637
G3 X169.008 Y129.854 I-4.811 J7.1 E.12912
G3 X169.816 Y133.794 I-7.417 J3.575 E.12485
G3 X168.641 Y138.711 I-14.058 J-.762 E.15618
G1 X168.418 Y139.224 E.01719
G1 X168.431 Y139.286 E.00193
G2 X168.497 Y139.396 I.083 J.025 E.00442
G1 X168.584 Y139.447 E.0031
G3 X173.268 Y140.616 I-1.028 J14.089 E.14909
G3 X176.52 Y143.022 I-3.443 J8.053 E.12543
G3 X178.217 Y147.237 I-6.506 J5.069 E.14142
G1 X178.236 Y147.615 E.01165
G1 X178.16 Y147.753 E.00485
G1 X177.95 Y147.828 E.00686
G1 X177.744 Y147.748 E.00677
G2 X175.527 Y146.077 I-9.373 J10.127 E.08548
G1 X174.819 Y145.707 E.02455
G1 X174.612 Y145.649 E.00658
G1 X174.593 Y145.66 E.00066
G1 X174.5 Y145.714 E.00332
G3 X170.774 Y149.071 I-10.411 J-7.808 E.15507
G3 X169.407 Y149.88 I-20.755 J-33.543 E.0488
G1 X169.397 Y149.918 E.00122
G1 X169.367 Y150.035 E.00373
G1 X169.402 Y150.085 E.00188
G1 X169.46 Y150.164 E.003
G3 X172.991 Y152.59 I-8.068 J15.528 E.13199
G3 X174.5 Y154.286 I-9.374 J9.858 E.06981
G1 X174.586 Y154.33 E.00297
G1 X174.619 Y154.347 E.00116
G1 X174.641 Y154.358 E.00074
G2 X176.501 Y153.274 I-4.309 J-9.53 E.06626
G2 X177.79 Y152.217 I-7.806 J-10.834 E.05127
G1 X178.021 Y152.178 E.0072
G1 X178.15 Y152.252 E.00457
G1 X178.247 Y152.435 E.00637
G3 X176.951 Y156.389 I-8.555 J-.616 E.12912
G3 X173.943 Y159.059 I-6.805 J-4.636 E.12485
G3 X169.097 Y160.499 I-6.37 J-12.556 E.15618
G1 X168.541 Y160.563 E.01719
G1 X168.494 Y160.605 E.00194
G2 X168.432 Y160.717 I.021 J.085 E.00443
G1 X168.431 Y160.817 E.00307
G3 X169.761 Y165.459 I-12.715 J6.155 E.14909
G3 X169.303 Y169.478 I-8.695 J1.045 E.12543
G3 X166.975 Y172.678 I-7.464 J-2.984 E.12287
G1 X166.183 Y173.261 E.03019
G1 X166.026 Y173.264 E.00485
G1 X165.856 Y173.119 E.00686
G1 X165.822 Y172.901 E.00677
G2 X166.161 Y170.145 I-13.458 J-3.054 E.08548
G1 X166.127 Y169.347 E.02455
G1 X166.074 Y169.139 E.00658
G1 X166.055 Y169.129 E.00066
G1 X165.962 Y169.074 E.00332
G3 X161.191 Y167.526 I1.556 J-12.92 E.15507
G3 X159.796 Y166.745 I24.987 J-46.26 E.04915
G1 X159.766 Y166.755 E.00097
G1 X159.648 Y166.794 E.00381
G1 X159.628 Y166.842 E.0016
G1 X159.587 Y166.935 E.00311
G3 X159.252 Y171.206 I-17.482 J.777 E.13199
G3 X158.538 Y173.36 I-13.223 J-3.189 E.06981
G1 X158.543 Y173.457 E.00297
G1 X158.545 Y173.495 E.00116
G1 X158.546 Y173.519 E.00074
G2 X160.415 Y174.587 I6.098 J-8.496 E.06626
G2 X161.894 Y175.147 I5.214 J-11.544 E.04862
G1 X162.102 Y175.292 E.0078
G3 X162.098 Y175.592 I-.245 J.146 E.0097
G1 X161.913 Y175.731 E.0071
G3 X157.943 Y176.534 I-3.646 J-7.813 E.12565
G3 X154.126 Y175.264 I.613 J-8.211 E.12485
G3 X150.456 Y171.788 I7.689 J-11.794 E.15618
G1 X150.123 Y171.338 E.01719
G1 X150.063 Y171.318 E.00197
G2 X149.934 Y171.323 I-.062 J.062 E.00446
G1 X149.847 Y171.37 E.00301
G3 X146.493 Y174.843 I-11.688 J-7.934 E.14909
G3 X142.783 Y176.456 I-5.252 J-7.008 E.12543
G3 X138.847 Y176.039 I-1.148 J-7.956 E.12287
G1 X137.947 Y175.646 E.03019
G1 X137.863 Y175.443 E.00675
G1 X137.942 Y175.235 E.00686
G1 X138.078 Y175.153 E.00487
G2 X140.634 Y174.068 I-4.084 J-13.181 E.08548
G1 X141.309 Y173.64 E.02455
G1 X141.462 Y173.49 E.00658
G1 X141.462 Y173.468 E.00066
G1 X141.462 Y173.36 E.00332
G3 X140.417 Y168.455 I11.967 J-5.113 E.15507
G3 X140.401 Y166.867 I39.363 J-1.201 E.0488
G1 X140.373 Y166.839 E.00123
G1 X140.29 Y166.756 E.0036
G1 X140.223 Y166.762 E.00206
G1 X140.128 Y166.77 E.00294
G3 X136.261 Y168.616 I-9.414 J-14.751 E.13199
G3 X134.038 Y169.074 I-3.85 J-13.047 E.06981
G1 X133.957 Y169.127 E.00297
G1 X133.926 Y169.148 E.00116
G1 X133.905 Y169.161 E.00074
G2 X133.914 Y171.313 I10.408 J1.033 E.06626
G2 X134.185 Y172.959 I13.286 J-1.343 E.05127
G1 X134.104 Y173.178 E.0072
G1 X133.975 Y173.252 E.00457
G1 X133.767 Y173.245 E.00637
G3 X130.992 Y170.146 I4.811 J-7.1 E.12912
G3 X130.184 Y166.206 I7.417 J-3.575 E.12485
G3 X131.359 Y161.289 I14.058 J.762 E.15618
G1 X131.582 Y160.776 E.01719
G1 X131.569 Y160.713 E.00196
G2 X131.501 Y160.604 I-.084 J-.023 E.00445
G1 X131.416 Y160.553 E.00303
G3 X126.732 Y159.384 I1.028 J-14.089 E.14909
G3 X123.48 Y156.978 I3.443 J-8.053 E.12543
G3 X121.873 Y153.361 I6.316 J-4.973 E.12287
G1 X121.764 Y152.385 E.03019
G1 X121.84 Y152.247 E.00485
G1 X122.05 Y152.172 E.00686
G1 X122.256 Y152.252 E.00677
G2 X124.473 Y153.923 I9.373 J-10.128 E.08548
G1 X125.181 Y154.293 E.02455
G1 X125.388 Y154.351 E.00658
G1 X125.407 Y154.34 E.00066
G1 X125.5 Y154.286 E.00332
G3 X129.226 Y150.929 I10.411 J7.808 E.15507
G3 X130.593 Y150.12 I20.731 J33.504 E.0488
G1 X130.603 Y150.082 E.00122
G1 X130.618 Y150.024 E.00183
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X130.597 Y149.914 E-.00797
G1 X130.54 Y149.836 E-.0069
G1 X129.71 Y149.369 E-.06787
G1 X128.996 Y148.929 E-.05976
; WIPE_END
G1 E-.0075 F3600
G1 X152.261 Y151.261 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X152.215 Y151.365 E.00376
G1 X151.753 Y151.922 E.02402
G3 X151.001 Y152.402 I-2.442 J-3.003 E.02966
G1 X150.468 Y152.559 E.01842
G3 X149.576 Y152.567 I-.48 J-3.989 E.02965
G1 X149.041 Y152.418 E.01843
G1 X148.411 Y152.06 E.02402
G1 X147.905 Y151.543 E.02402
G1 X147.561 Y150.905 E.02402
G1 X147.406 Y150.198 E.02402
G1 X147.452 Y149.475 E.02402
G1 X147.695 Y148.793 E.02402
G1 X148.117 Y148.205 E.02402
G1 X148.685 Y147.755 E.02402
G1 X149.325 Y147.485 E.02303
G1 X149.994 Y147.395 E.02242
G1 X150.504 Y147.443 E.01698
G1 X151.126 Y147.654 E.02178
G1 X151.729 Y148.056 E.02402
G1 X152.197 Y148.607 E.02402
G1 X152.27 Y148.723 E.00452
G1 X152.496 Y149.267 E.01955
G1 X152.602 Y149.983 E.02402
G1 X152.505 Y150.701 E.02402
G1 X152.285 Y151.206 E.01827
M204 S10000
G1 X151.891 Y151.095 F30000
M204 S5000
G1 F8843.491
G1 X151.848 Y151.189 E.00343
G1 X151.448 Y151.653 E.02029
G1 X150.937 Y151.988 E.02029
G1 X150.353 Y152.169 E.02029
G1 X149.741 Y152.182 E.02029
G1 X149.15 Y152.026 E.02029
G1 X148.624 Y151.713 E.02029
G1 X148.205 Y151.268 E.02029
G1 X147.925 Y150.724 E.02029
G1 X147.806 Y150.124 E.02029
G1 X147.857 Y149.514 E.02029
G1 X148.074 Y148.942 E.02029
G1 X148.44 Y148.453 E.02029
G1 X148.927 Y148.082 E.02029
G1 X149.471 Y147.865 E.01943
G1 X150.036 Y147.8 E.01886
G1 X150.466 Y147.853 E.01438
G1 X150.99 Y148.038 E.01842
G1 X151.492 Y148.387 E.02029
G1 X151.903 Y148.899 E.02178
G1 X152.12 Y149.423 E.0188
G1 X152.197 Y150.029 E.02029
G1 X152.104 Y150.634 E.02029
G1 X151.916 Y151.041 E.01487
M204 S10000
G1 X151.547 Y150.936 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.229 Y151.326 E.01547
G1 X150.816 Y151.614 E.01547
G1 X150.34 Y151.776 E.01547
G1 X149.837 Y151.801 E.01547
G1 X149.347 Y151.686 E.01547
G1 X148.907 Y151.441 E.01547
G1 X148.553 Y151.084 E.01547
G1 X148.31 Y150.643 E.01547
G1 X148.198 Y150.152 E.01547
G1 X148.226 Y149.65 E.01547
G1 X148.391 Y149.174 E.01547
G1 X148.681 Y148.763 E.01547
G1 X149.073 Y148.447 E.01547
G1 X149.537 Y148.252 E.01547
G1 X150.037 Y148.192 E.01547
G1 X150.34 Y148.224 E.00936
G1 X150.816 Y148.386 E.01547
G1 X151.229 Y148.674 E.01547
G1 X151.546 Y149.062 E.01539
G1 X151.731 Y149.476 E.01395
G1 X151.808 Y149.974 E.01547
G1 X151.745 Y150.473 E.01547
G1 X151.571 Y150.881 E.01362
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X151.229 Y151.326 E-.03999
G1 X150.816 Y151.614 E-.03586
G1 X150.34 Y151.776 E-.03586
G1 X149.908 Y151.798 E-.03078
; WIPE_END
G1 E-.0075 F3600
G1 X130.636 Y151.422 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X129.253 Y152.281 I10.652 J18.684 E.05401
G1 X148.383 Y171.411 E.8974
G3 X149.085 Y170.522 I15.664 J11.653 E.03757
G3 X151.052 Y170.663 I.915 J1.027 E.07295
G1 X151.615 Y171.413 E.03111
G1 X170.748 Y152.28 E.89757
G3 X168.624 Y150.958 I99.168 J-161.749 E.08301
G3 X168.791 Y148.904 I.983 J-.954 E.07739
G2 X170.747 Y147.719 I-11.801 J-21.681 E.07587
G1 X151.617 Y128.589 E.8974
M73 P27 R9
G3 X150.915 Y129.478 I-15.659 J-11.648 E.03757
G3 X148.948 Y129.337 I-.914 J-1.044 E.07277
G1 X148.385 Y128.587 E.03111
G1 X129.252 Y147.72 E.89757
G2 X130.635 Y148.578 I13.408 J-20.07 E.05401
G1 X129.504 Y159.093 F30000
G1 F8843.478
G3 X127.94 Y158.644 I2.087 J-10.207 E.05403
G1 X124.553 Y155.257 E.15887
G3 X123.406 Y154.596 I3.208 J-6.89 E.04397
G2 X126.6 Y158.048 I6.148 J-2.485 E.15946
G1 X157.511 Y127.137 E1.4501
G3 X157.401 Y126.697 I.717 J-.415 E.01525
G1 X155.838 Y125.134 E.0733
G3 X157.396 Y124.676 I2.741 J6.445 E.054
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X156.457 Y124.9 E-.06879
G1 X155.838 Y125.134 E-.04716
G1 X156.101 Y125.398 E-.02655
; WIPE_END
G1 E-.0075 F3600
G1 X142.604 Y124.679 F30000
G1 E.5 F2400
G1 F8843.478
G3 X144.164 Y125.132 I-1.149 J6.864 E.05399
G1 X142.599 Y126.697 E.07339
G3 X142.489 Y127.137 I-.826 J.026 E.01524
G1 X173.401 Y158.049 E1.45018
G2 X176.588 Y154.601 I-2.996 J-5.965 E.15915
G3 X175.456 Y155.248 I-4.11 J-5.877 E.04331
G1 X172.055 Y158.649 E.15955
G3 X170.49 Y159.093 I-6.078 J-18.429 E.05398
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X172.055 Y158.649 E-.11592
G1 X172.319 Y158.385 E-.02658
; WIPE_END
G1 E-.0075 F3600
G1 X167.819 Y169.936 F30000
G1 E.5 F2400
G1 F8843.478
G2 X168.434 Y168.434 I-5.622 J-3.177 E.05399
G1 X152.074 Y152.074 E.76747
G2 X152.086 Y147.914 I-2.066 J-2.086 E.15335
G1 X168.434 Y131.566 E.76691
G2 X167.279 Y129.275 I-6.714 J1.948 E.08561
G3 X167.182 Y131.174 I-7.389 J.577 E.06327
G3 X166.311 Y132.017 I-1.359 J-.532 E.04146
G2 X163.411 Y132.708 I2.265 J15.954 E.09903
G1 X167.967 Y137.264 E.21373
G2 X167.294 Y139.052 I37.684 J15.223 E.06339
G2 X167.578 Y140.098 I1.431 J.172 E.03687
G1 X141.382 Y166.294 E1.22895
G2 X139.63 Y165.744 I-1.161 J.63 E.06735
G3 X136.589 Y167.292 I-10.074 J-16.023 E.11337
G1 X132.033 Y162.736 E.21373
G2 X132.706 Y160.948 I-37.699 J-15.228 E.06339
G2 X132.422 Y159.902 I-1.431 J-.174 E.03689
G1 X158.621 Y133.703 E1.22905
G3 X158.444 Y133.14 I1.023 J-.631 E.01976
G2 X158.449 Y132.106 I-16.102 J-.596 E.03432
G1 X170.496 Y140.907 F30000
G1 F8843.478
G3 X172.06 Y141.356 I-2.087 J10.208 E.05403
G1 X175.447 Y144.743 E.15887
G3 X176.594 Y145.404 I-3.208 J6.89 E.04397
G2 X173.4 Y141.952 I-6.148 J2.485 E.15946
G1 X142.489 Y172.863 E1.4501
G3 X142.605 Y173.309 I-.921 J.479 E.0154
G1 X144.162 Y174.866 E.07304
G3 X142.604 Y175.324 I-2.741 J-6.445 E.054
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X143.543 Y175.1 E-.06879
G1 X144.162 Y174.866 E-.04716
G1 X143.899 Y174.602 E-.02655
; WIPE_END
G1 E-.0075 F3600
G1 X157.397 Y175.32 F30000
G1 E.5 F2400
G1 F8843.478
G3 X155.838 Y174.866 I1.813 J-9.119 E.05393
G1 X157.41 Y173.294 E.07372
G3 X157.514 Y172.866 I.698 J-.057 E.01487
G1 X126.599 Y141.951 E1.4503
G2 X123.412 Y145.399 I2.996 J5.965 E.15916
G3 X124.544 Y144.752 I4.109 J5.877 E.04331
G1 X127.945 Y141.351 E.15955
G3 X129.508 Y140.898 I45.958 J155.766 E.05399
G1 X141.557 Y132.106 F30000
G1 F8843.478
G1 X141.538 Y133.303 E.03971
G3 X141.377 Y133.701 I-1.101 J-.214 E.01433
G1 X167.573 Y159.897 E1.22891
G2 X167.38 Y161.271 I1.169 J.865 E.048
G3 X167.971 Y162.733 I-13.301 J6.228 E.05233
G1 X163.411 Y167.292 E.21388
G3 X160.176 Y165.663 I13.45 J-30.736 E.12024
G2 X158.623 Y166.299 I-.377 J1.293 E.06009
G1 X132.425 Y140.101 E1.22899
G2 X132.62 Y138.729 I-1.165 J-.866 E.04795
G3 X132.029 Y137.267 I13.299 J-6.227 E.05233
G1 X136.589 Y132.708 E.21388
G2 X133.707 Y132.013 I-5.133 J14.961 E.09848
G3 X132.736 Y130.862 I.464 J-1.375 E.05248
G3 X132.723 Y129.282 I11.819 J-.894 E.05246
G2 X131.564 Y131.564 I5.422 J4.186 E.0854
G1 X147.914 Y147.914 E.76697
G2 X147.925 Y152.075 I2.069 J2.075 E.1535
G1 X131.566 Y168.434 E.76744
G2 X132.184 Y169.935 I8.182 J-2.488 E.05392
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 1
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X131.819 Y169.199 E-.05855
G1 X131.566 Y168.434 E-.05739
G1 X131.83 Y168.17 E-.02657
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X131.41 Y149.814 Z1 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X131.41 Y149.777 E.00122
G1 X131.216 Y149.396 E.01419
G1 X131 Y149.186 E.00999
G3 X127.987 Y147.202 I9.524 J-17.736 E.11984
G3 X126.099 Y145.184 I7.852 J-9.241 E.09188
G1 X125.751 Y144.939 E.01409
G1 X125.455 Y144.853 E.01026
G1 X124.976 Y144.917 E.01603
G2 X123.221 Y145.935 I7.703 J15.312 E.06734
G1 X122.779 Y146.27 E.01839
G3 X125.999 Y141.896 I6.703 J1.562 E.18522
G3 X129.879 Y140.469 I5.993 J10.304 E.13783
G3 X131.687 Y140.2 I6.958 J40.566 E.06063
G1 X132.096 Y139.957 E.01578
G1 X132.314 Y139.599 E.01389
G1 X132.378 Y139.314 E.00969
G1 X132.3 Y138.86 E.0153
G3 X131.008 Y134.217 I12.479 J-5.975 E.16068
G3 X131.523 Y130.615 I7.808 J-.722 E.12183
G3 X133.155 Y128.287 I6.468 J2.8 E.09497
G2 X133.053 Y130.391 I16.237 J1.846 E.06994
G1 X133.131 Y131.059 E.02231
G1 X133.35 Y131.407 E.01364
G1 X133.561 Y131.585 E.00914
G1 X133.926 Y131.717 E.01289
G3 X137.753 Y132.838 I-1.292 J11.499 E.13295
G3 X139.801 Y133.96 I-11.519 J23.465 E.07748
G1 X140.222 Y134.044 E.01425
G1 X140.471 Y134.023 E.00828
G1 X140.901 Y133.787 E.01625
G1 X141.133 Y133.428 E.01419
G1 X141.205 Y133.139 E.00988
G3 X141.285 Y130.465 I26.8 J-.53 E.08877
G3 X142.24 Y126.83 I12.351 J1.3 E.12514
G1 X142.246 Y126.386 E.01472
G1 X142.138 Y126.08 E.01078
G1 X141.816 Y125.735 E.01564
G2 X139.61 Y124.557 I-7.327 J11.061 E.08309
G3 X141.175 Y124.271 I2.256 J7.933 E.05285
G3 X145.205 Y125.266 I.402 J7.032 E.13976
G3 X148.937 Y128.735 I-6.637 J10.881 E.17019
G1 X149.331 Y129.24 E.02124
G1 X149.743 Y129.472 E.01569
G1 X150.165 Y129.483 E.014
G1 X150.443 Y129.397 E.00965
G1 X150.798 Y129.101 E.01532
G3 X154.172 Y125.661 I11.414 J7.819 E.16068
G3 X157.55 Y124.305 I4.529 J6.401 E.12183
G3 X160.382 Y124.555 I.809 J7.001 E.09497
G2 X158.508 Y125.519 I6.519 J14.983 E.06994
G1 X157.969 Y125.92 E.02231
G1 X157.778 Y126.284 E.01364
G1 X157.728 Y126.555 E.00914
G1 X157.797 Y126.938 E.01289
G3 X158.739 Y130.813 I-10.605 J4.631 E.13295
G3 X158.792 Y133.147 I-26.071 J1.756 E.07748
G1 X158.933 Y133.559 E.01445
G1 X159.098 Y133.782 E.00921
G1 X159.488 Y134.012 E.01501
G1 X159.915 Y134.035 E.01419
G1 X160.205 Y133.952 E.00999
G3 X163.43 Y132.335 I10.598 J17.116 E.11984
G3 X166.122 Y131.709 I4.077 J11.421 E.09188
G1 X166.507 Y131.531 E.01409
G1 X166.73 Y131.317 E.01025
G1 X166.914 Y130.87 E.01603
G2 X166.91 Y128.841 I-17.112 J-.985 E.06734
G1 X166.841 Y128.291 E.01839
G3 X169.019 Y133.267 I-4.704 J5.024 E.18522
G3 X168.315 Y137.341 I-11.92 J.038 E.13783
G3 X167.644 Y139.041 I-38.611 J-14.257 E.06063
G1 X167.65 Y139.516 E.01579
G1 X167.85 Y139.884 E.01389
G1 X168.065 Y140.082 E.00969
G1 X168.498 Y140.241 E.0153
G3 X173.165 Y141.443 I-1.065 J13.794 E.16068
G3 X176.027 Y143.691 I-3.279 J7.123 E.12183
G3 X177.227 Y146.269 I-5.659 J4.202 E.09496
G2 X175.455 Y145.128 I-9.718 J13.14 E.06994
G1 X174.838 Y144.861 E.0223
G1 X174.427 Y144.878 E.01364
G1 X174.168 Y144.971 E.00914
G1 X173.871 Y145.221 E.01289
G3 X170.986 Y147.975 I-9.313 J-6.868 E.13295
G3 X168.991 Y149.187 I-14.562 J-21.708 E.07748
G1 X168.707 Y149.51 E.01425
G1 X168.593 Y149.781 E.00974
G1 X168.593 Y150.234 E.01503
G1 X168.786 Y150.607 E.01394
M73 P28 R9
G1 X169 Y150.814 E.00988
G3 X172.013 Y152.798 I-9.525 J17.738 E.11984
G3 X173.901 Y154.816 I-7.853 J9.241 E.09187
G1 X174.249 Y155.061 E.01409
G1 X174.545 Y155.147 E.01026
G1 X175.024 Y155.083 E.01603
G2 X176.779 Y154.065 I-7.704 J-15.312 E.06734
G1 X177.221 Y153.73 E.01839
G3 X174.001 Y158.104 I-6.703 J-1.562 E.18522
G3 X170.121 Y159.531 I-5.993 J-10.304 E.13783
G3 X168.313 Y159.8 I-6.959 J-40.572 E.06063
G1 X167.906 Y160.041 E.01569
G1 X167.686 Y160.401 E.014
G1 X167.622 Y160.684 E.00963
G1 X167.7 Y161.14 E.01535
G3 X168.992 Y165.783 I-12.479 J5.975 E.16068
G3 X168.477 Y169.385 I-7.808 J.722 E.12183
G3 X166.845 Y171.713 I-6.468 J-2.8 E.09496
G2 X166.947 Y169.609 I-16.237 J-1.846 E.06994
G1 X166.869 Y168.941 E.02231
G1 X166.65 Y168.593 E.01364
G1 X166.439 Y168.415 E.00914
G1 X166.074 Y168.283 E.01289
G3 X162.247 Y167.162 I1.292 J-11.499 E.13295
G3 X160.199 Y166.04 I11.516 J-23.46 E.07748
G1 X159.768 Y165.956 E.01457
G1 X159.474 Y165.996 E.00984
G1 X159.082 Y166.23 E.01514
G1 X158.866 Y166.575 E.01349
G1 X158.795 Y166.861 E.0098
G3 X158.583 Y170.463 I-20.121 J.621 E.11984
G3 X157.78 Y173.107 I-11.929 J-2.18 E.09188
G1 X157.741 Y173.53 E.01409
G1 X157.815 Y173.831 E.01025
G1 X158.11 Y174.213 E.01603
G2 X159.869 Y175.224 I9.408 J-14.325 E.06734
G1 X160.38 Y175.439 E.01839
G3 X154.982 Y174.837 I-1.999 J-6.586 E.18522
G3 X151.806 Y172.191 I5.927 J-10.342 E.13783
G3 X150.669 Y170.76 I31.65 J-26.307 E.06063
G1 X150.259 Y170.529 E.01562
G1 X149.835 Y170.517 E.01407
G1 X149.555 Y170.605 E.00975
G1 X149.202 Y170.899 E.01522
G3 X145.828 Y174.339 I-11.414 J-7.819 E.16068
G3 X142.45 Y175.695 I-4.529 J-6.401 E.12183
G3 X139.618 Y175.445 I-.809 J-7.001 E.09497
G2 X141.492 Y174.481 I-6.519 J-14.983 E.06994
G1 X142.031 Y174.08 E.02231
G1 X142.222 Y173.716 E.01364
G1 X142.272 Y173.445 E.00914
G1 X142.203 Y173.062 E.01289
G3 X141.261 Y169.187 I10.605 J-4.631 E.13295
G3 X141.201 Y166.794 I30.59 J-1.962 E.07944
G1 X141.053 Y166.405 E.0138
G1 X140.867 Y166.193 E.00937
G1 X140.486 Y165.98 E.01447
G1 X140.05 Y165.967 E.01444
G1 X139.795 Y166.048 E.00888
G3 X136.57 Y167.665 I-10.598 J-17.115 E.11984
G3 X133.878 Y168.291 I-4.077 J-11.421 E.09188
G1 X133.493 Y168.469 E.01409
G1 X133.27 Y168.683 E.01025
G1 X133.086 Y169.13 E.01602
G2 X133.09 Y171.159 I17.112 J.985 E.06734
G1 X133.159 Y171.709 E.01839
G3 X130.981 Y166.733 I4.704 J-5.024 E.18522
G3 X131.685 Y162.659 I11.92 J-.038 E.13783
G3 X132.356 Y160.959 I38.607 J14.256 E.06063
G1 X132.349 Y160.48 E.01591
G1 X132.15 Y160.116 E.01377
G1 X131.936 Y159.918 E.00966
G1 X131.502 Y159.759 E.01532
G3 X126.835 Y158.557 I1.065 J-13.794 E.16068
G3 X123.973 Y156.309 I3.279 J-7.123 E.12183
G3 X122.773 Y153.731 I5.659 J-4.202 E.09496
G2 X124.545 Y154.872 I9.717 J-13.139 E.06994
G1 X125.162 Y155.139 E.0223
G1 X125.573 Y155.122 E.01364
G1 X125.832 Y155.029 E.00914
G1 X126.129 Y154.779 E.01289
G3 X129.014 Y152.025 I9.313 J6.868 E.13295
G3 X131.009 Y150.813 I14.558 J21.702 E.07748
G1 X131.296 Y150.484 E.01445
G1 X131.406 Y150.23 E.00921
G1 X131.409 Y149.874 E.01179
M204 S10000
G1 X131.003 Y149.894 F30000
M204 S5000
G1 F8843.491
G1 X131.004 Y149.836 E.00192
G1 X130.797 Y149.54 E.01199
G3 X128.486 Y148.11 I13.138 J-23.821 E.09019
G3 X125.794 Y145.454 I7.207 J-9.999 E.12593
G1 X125.53 Y145.281 E.01047
G1 X125.185 Y145.282 E.01145
G2 X122.704 Y146.838 I4.832 J10.455 E.0974
G1 X122.186 Y147.286 E.02272
G3 X124.037 Y142.976 I7.565 J.696 E.15818
G3 X127.274 Y140.803 I6.478 J6.154 E.13037
G3 X131.489 Y139.832 I5.464 J14.088 E.14399
G1 X131.789 Y139.683 E.0111
G1 X131.952 Y139.412 E.01051
G1 X131.943 Y139.081 E.01097
G3 X130.717 Y135.208 I14.653 J-6.768 E.13514
G3 X130.834 Y131.38 I9.212 J-1.636 E.12793
G3 X133.063 Y127.811 I7.073 J1.937 E.14159
G1 X133.734 Y127.274 E.02852
G2 X133.527 Y128.608 I63.229 J10.506 E.04478
G2 X133.508 Y130.887 I10.714 J1.23 E.07575
G1 X133.684 Y131.173 E.01114
G1 X133.983 Y131.314 E.01097
G3 X138.456 Y132.728 I-1.431 J12.3 E.15655
G3 X139.965 Y133.586 I-12.295 J23.391 E.0576
G1 X140.326 Y133.639 E.0121
G1 X140.647 Y133.464 E.01214
G1 X140.798 Y133.14 E.01186
G3 X140.88 Y130.423 I27.203 J-.533 E.0902
G3 X141.841 Y126.739 I12.396 J1.266 E.1268
G1 X141.827 Y126.356 E.01272
G1 X141.598 Y126.079 E.0119
G2 X138.439 Y124.554 I-6.947 J10.352 E.11676
G3 X142.837 Y123.951 I3.187 J6.908 E.14941
G3 X146.481 Y125.629 I-1.688 J8.46 E.13432
G3 X149.55 Y128.885 I-9.118 J11.67 E.14899
G1 X149.829 Y129.07 E.01109
G1 X150.145 Y129.076 E.01049
G1 X150.427 Y128.903 E.011
G3 X153.169 Y125.905 I13.187 J9.305 E.13514
G3 X156.542 Y124.091 I6.023 J7.16 E.12793
G3 X160.748 Y124.238 I1.859 J7.093 E.14159
G1 X161.553 Y124.549 E.02862
G2 X160.29 Y125.038 I22.628 J60.32 E.04491
G2 X158.307 Y126.161 I4.292 J9.894 E.07575
G1 X158.147 Y126.456 E.01114
G1 X158.174 Y126.786 E.01097
G3 X159.185 Y131.367 I-11.367 J4.911 E.15655
G3 X159.197 Y133.102 I-26.401 J1.047 E.05759
G1 X159.336 Y133.446 E.0123
G1 X159.64 Y133.631 E.01181
G1 X160 Y133.6 E.01199
G3 X162.394 Y132.314 I14.061 J23.288 E.09019
G3 X166.04 Y131.31 I5.056 J11.241 E.12594
G1 X166.321 Y131.168 E.01047
G1 X166.494 Y130.869 E.01145
G2 X166.386 Y127.942 I-11.471 J-1.043 E.0974
G1 X166.258 Y127.27 E.02272
G3 X169.065 Y131.027 I-4.385 J6.203 E.15817
G3 X169.328 Y134.917 I-8.569 J2.533 E.13037
G3 X168.061 Y139.053 I-14.932 J-2.312 E.14399
G1 X168.04 Y139.387 E.0111
G1 X168.192 Y139.663 E.01045
G1 X168.484 Y139.822 E.01102
G3 X172.452 Y140.697 I-1.465 J16.074 E.13515
G3 X175.709 Y142.711 I-3.189 J8.796 E.12792
G3 X177.685 Y146.427 I-5.214 J5.157 E.14159
G1 X177.815 Y147.277 E.02852
G2 X176.763 Y146.43 I-40.746 J49.546 E.04478
G2 X174.799 Y145.274 I-6.422 J8.663 E.07575
G1 X174.463 Y145.284 E.01114
G1 X174.191 Y145.472 E.01097
G3 X170.73 Y148.638 I-9.937 J-7.389 E.15655
G3 X169.232 Y149.516 I-14.111 J-22.345 E.0576
G1 X169.006 Y149.802 E.0121
G1 X168.998 Y150.17 E.01221
G1 X169.203 Y150.46 E.01178
G3 X171.514 Y151.89 I-13.141 J23.826 E.09019
G3 X174.206 Y154.546 I-7.207 J9.999 E.12594
G1 X174.47 Y154.719 E.01047
G1 X174.815 Y154.718 E.01145
G2 X177.296 Y153.162 I-4.832 J-10.455 E.0974
G1 X177.814 Y152.714 E.02272
G3 X175.963 Y157.024 I-7.565 J-.696 E.15818
G3 X172.726 Y159.197 I-6.478 J-6.154 E.13037
G3 X168.511 Y160.168 I-5.464 J-14.088 E.14399
G1 X168.211 Y160.316 E.01109
G1 X168.048 Y160.588 E.01052
G1 X168.057 Y160.919 E.01097
G3 X169.283 Y164.792 I-14.653 J6.768 E.13514
G3 X169.166 Y168.62 I-9.212 J1.636 E.12793
G3 X166.937 Y172.189 I-7.073 J-1.937 E.14159
G1 X166.266 Y172.726 E.02852
G2 X166.473 Y171.392 I-63.244 J-10.508 E.04478
G2 X166.492 Y169.113 I-10.714 J-1.23 E.07575
G1 X166.316 Y168.827 E.01114
G1 X166.017 Y168.686 E.01097
G3 X161.544 Y167.272 I1.431 J-12.3 E.15655
G3 X160.035 Y166.414 I12.294 J-23.389 E.0576
G1 X159.665 Y166.363 E.0124
G1 X159.344 Y166.546 E.01225
G1 X159.202 Y166.86 E.01144
G3 X159.12 Y169.577 I-27.195 J.533 E.09019
G3 X158.166 Y173.236 I-12.263 J-1.242 E.12593
G1 X158.149 Y173.551 E.01047
G1 X158.321 Y173.85 E.01144
G2 X160.91 Y175.22 I6.637 J-9.41 E.0974
G1 X161.556 Y175.445 E.02272
G3 X156.898 Y175.997 I-3.18 J-6.899 E.15818
G3 X153.398 Y174.28 I2.091 J-8.687 E.13037
G3 X150.45 Y171.115 I9.468 J-11.775 E.14399
G1 X150.172 Y170.93 E.01108
G1 X149.853 Y170.924 E.01057
G1 X149.573 Y171.097 E.01094
G3 X146.831 Y174.095 I-13.187 J-9.305 E.13514
G3 X143.458 Y175.909 I-6.023 J-7.16 E.12793
G3 X139.252 Y175.762 I-1.859 J-7.093 E.14159
G1 X138.447 Y175.451 E.02862
G2 X139.71 Y174.962 I-22.618 J-60.294 E.04491
G2 X141.693 Y173.839 I-4.292 J-9.894 E.07575
G1 X141.853 Y173.544 E.01114
G1 X141.826 Y173.214 E.01097
G3 X140.815 Y168.633 I11.367 J-4.911 E.15655
G3 X140.803 Y166.898 I26.398 J-1.047 E.05759
G1 X140.667 Y166.557 E.01218
G1 X140.357 Y166.369 E.01201
G1 X140 Y166.4 E.01188
G3 X137.606 Y167.686 I-14.059 J-23.285 E.09019
G3 X133.96 Y168.69 I-5.056 J-11.241 E.12594
G1 X133.679 Y168.832 E.01047
G1 X133.506 Y169.131 E.01145
G2 X133.614 Y172.058 I11.471 J1.043 E.0974
G1 X133.742 Y172.73 E.02272
G3 X130.935 Y168.973 I4.385 J-6.203 E.15817
G3 X130.672 Y165.083 I8.569 J-2.533 E.13037
G3 X131.939 Y160.947 I14.932 J2.312 E.14399
G1 X131.96 Y160.612 E.01112
G1 X131.807 Y160.335 E.01051
G1 X131.516 Y160.178 E.01096
G3 X127.548 Y159.303 I1.465 J-16.073 E.13515
G3 X124.291 Y157.289 I3.189 J-8.796 E.12792
G3 X122.315 Y153.573 I5.214 J-5.157 E.14159
G1 X122.185 Y152.723 E.02852
G2 X123.237 Y153.57 I40.717 J-49.51 E.04478
G2 X125.201 Y154.726 I6.422 J-8.663 E.07575
G1 X125.537 Y154.716 E.01114
G1 X125.809 Y154.528 E.01097
G3 X129.27 Y151.362 I9.937 J7.389 E.15654
G3 X130.768 Y150.484 I14.109 J22.342 E.0576
G1 X130.995 Y150.194 E.01221
G1 X131.001 Y149.954 E.00799
M204 S10000
G1 X130.634 Y149.966 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X130.597 Y149.914 E.00195
G1 X130.54 Y149.836 E.00298
G3 X127.009 Y147.41 I8.068 J-15.528 E.13199
G3 X125.5 Y145.714 I9.374 J-9.858 E.06981
G1 X125.414 Y145.67 E.00297
G1 X125.381 Y145.653 E.00116
G1 X125.359 Y145.642 E.00074
G2 X123.508 Y146.72 I4.283 J9.485 E.06593
G2 X122.255 Y147.744 I7.501 J10.452 E.04974
G1 X122.044 Y147.836 E.0071
G1 X121.863 Y147.766 E.00595
G1 X121.753 Y147.562 E.00711
G3 X123.054 Y143.605 I8.546 J.616 E.12929
G3 X126.045 Y140.947 I6.81 J4.652 E.12418
G3 X130.903 Y139.501 I6.326 J12.368 E.15662
G1 X131.459 Y139.437 E.01719
G1 X131.506 Y139.395 E.00193
G2 X131.568 Y139.284 I-.02 J-.085 E.00442
G1 X131.569 Y139.183 E.0031
G3 X130.208 Y134.292 I13.169 J-6.299 E.15678
G3 X130.774 Y130.323 I8.623 J-.794 E.12431
G3 X133.239 Y127.145 I7.512 J3.281 E.12486
G1 X133.675 Y126.815 E.01679
G1 X133.885 Y126.726 E.00701
G1 X134.068 Y126.79 E.00597
G1 X134.181 Y126.98 E.00679
G2 X133.915 Y128.665 I45.575 J8.05 E.05242
G2 X133.847 Y130.305 I11.905 J1.317 E.05049
G1 X133.905 Y130.84 E.01652
G1 X133.926 Y130.853 E.00074
G1 X133.957 Y130.873 E.00116
G1 X134.038 Y130.926 E.00297
G3 X138.809 Y132.474 I-1.556 J12.92 E.15507
G3 X140.192 Y133.253 I-18.67 J34.743 E.0488
G1 X140.23 Y133.243 E.00122
G1 X140.347 Y133.21 E.00373
G1 X140.372 Y133.154 E.00188
G1 X140.413 Y133.065 E.003
G3 X140.748 Y128.794 I17.482 J-.777 E.13199
G3 X141.462 Y126.64 I13.223 J3.189 E.06981
G1 X141.462 Y126.532 E.00332
G1 X141.462 Y126.51 E.00067
G1 X141.31 Y126.36 E.00655
G2 X138.961 Y125.151 I-6.671 J10.066 E.08133
G1 X138.02 Y124.823 E.03062
G1 X137.884 Y124.665 E.0064
G1 X137.882 Y124.445 E.00678
G1 X138.054 Y124.291 E.0071
G3 X139.474 Y123.761 I4.769 J10.602 E.04659
G3 X145.089 Y124.297 I2.131 J7.361 E.17751
G3 X148.459 Y126.904 I-5.828 J11.013 E.13156
G3 X149.877 Y128.662 I-18.632 J16.478 E.06942
G1 X149.937 Y128.682 E.00197
G2 X150.066 Y128.677 I.062 J-.062 E.00446
G1 X150.153 Y128.63 E.00302
G3 X153.707 Y125.006 I12.04 J8.255 E.15678
G3 X157.428 Y123.512 I5 J7.071 E.12431
G3 X161.412 Y124.057 I.915 J8.146 E.12486
G1 X161.924 Y124.273 E.01707
G1 X162.084 Y124.386 E.00602
G1 X162.134 Y124.601 E.00678
G1 X162.027 Y124.79 E.00668
G2 X160.435 Y125.403 I15.889 J43.685 E.05242
G2 X158.98 Y126.164 I4.813 J10.969 E.05049
G1 X158.546 Y126.481 E.01652
G1 X158.545 Y126.505 E.00074
G1 X158.543 Y126.543 E.00116
G1 X158.538 Y126.64 E.00297
G3 X159.583 Y131.545 I-11.967 J5.113 E.15507
G3 X159.599 Y133.133 I-39.378 J1.202 E.0488
G1 X159.627 Y133.161 E.00122
G1 X159.713 Y133.245 E.00368
G1 X159.776 Y133.239 E.00195
G1 X159.872 Y133.23 E.00298
G3 X163.739 Y131.384 I9.414 J14.751 E.13199
G3 X165.962 Y130.926 I3.85 J13.047 E.06981
G1 X166.043 Y130.873 E.00297
G1 X166.074 Y130.853 E.00116
G1 X166.095 Y130.839 E.00074
G2 X166.087 Y128.697 I-10.355 J-1.034 E.06594
G2 X165.826 Y127.101 I-12.802 J1.27 E.04974
G1 X165.852 Y126.871 E.0071
G1 X166.003 Y126.75 E.00595
G1 X166.235 Y126.757 E.00711
G3 X169.012 Y129.862 I-4.806 J7.093 E.12929
G3 X169.818 Y133.781 I-7.433 J3.571 E.12419
G3 X168.641 Y138.711 I-13.874 J-.705 E.15662
G1 X168.418 Y139.224 E.01719
G1 X168.431 Y139.286 E.00193
G2 X168.497 Y139.396 I.083 J.025 E.00442
G1 X168.584 Y139.447 E.0031
G3 X173.577 Y140.753 I-1.122 J14.485 E.15943
G3 X176.689 Y143.239 I-3.663 J7.777 E.12353
G3 X178.238 Y147.547 I-6.7 J4.842 E.14252
G1 X178.214 Y147.681 E.00418
G1 X178.067 Y147.808 E.00597
G1 X177.846 Y147.811 E.00679
G2 X176.519 Y146.738 I-29.755 J35.439 E.05242
G2 X175.133 Y145.859 I-7.093 J9.652 E.05049
G1 X174.641 Y145.642 E.01652
G1 X174.619 Y145.653 E.00074
G1 X174.586 Y145.67 E.00116
G1 X174.5 Y145.714 E.00297
G3 X170.774 Y149.071 I-10.411 J-7.808 E.15507
G3 X169.407 Y149.88 I-20.753 J-33.54 E.0488
G1 X169.397 Y149.918 E.00122
G1 X169.367 Y150.035 E.00373
G1 X169.402 Y150.085 E.00188
G1 X169.46 Y150.164 E.003
G3 X172.991 Y152.59 I-8.068 J15.528 E.13199
G3 X174.5 Y154.286 I-9.374 J9.858 E.06981
G1 X174.586 Y154.33 E.00297
G1 X174.619 Y154.347 E.00116
G1 X174.641 Y154.358 E.00074
G2 X176.492 Y153.28 I-4.283 J-9.485 E.06593
G2 X177.745 Y152.256 I-7.501 J-10.452 E.04974
G1 X177.956 Y152.164 E.0071
G1 X178.137 Y152.234 E.00595
G1 X178.247 Y152.438 E.00711
G3 X176.946 Y156.395 I-8.546 J-.616 E.12929
G3 X173.955 Y159.053 I-6.81 J-4.652 E.12418
G3 X169.097 Y160.499 I-6.326 J-12.368 E.15662
G1 X168.541 Y160.563 E.01719
G1 X168.494 Y160.605 E.00194
G2 X168.432 Y160.717 I.021 J.085 E.00443
G1 X168.431 Y160.817 E.00307
G3 X169.792 Y165.708 I-13.17 J6.299 E.15678
G3 X169.226 Y169.677 I-8.623 J.794 E.12431
G3 X166.761 Y172.855 I-7.512 J-3.281 E.12486
G1 X166.325 Y173.185 E.0168
G1 X166.115 Y173.274 E.00701
G1 X165.932 Y173.21 E.00597
G1 X165.819 Y173.02 E.00679
G2 X166.085 Y171.335 I-45.578 J-8.05 E.05242
G2 X166.153 Y169.695 I-11.905 J-1.317 E.05049
G1 X166.095 Y169.16 E.01652
G1 X166.074 Y169.147 E.00074
G1 X166.043 Y169.127 E.00116
G1 X165.962 Y169.074 E.00297
G3 X161.191 Y167.526 I1.556 J-12.92 E.15507
G3 X159.796 Y166.745 I24.989 J-46.263 E.04915
G1 X159.766 Y166.755 E.00097
M73 P29 R9
G1 X159.648 Y166.794 E.00381
G1 X159.628 Y166.842 E.0016
G1 X159.587 Y166.935 E.00311
G3 X159.252 Y171.206 I-17.482 J.777 E.13199
G3 X158.538 Y173.36 I-13.223 J-3.189 E.06981
G1 X158.543 Y173.457 E.00297
G1 X158.545 Y173.495 E.00116
G1 X158.546 Y173.519 E.00074
G2 X160.405 Y174.583 I6.072 J-8.45 E.06594
G2 X161.918 Y175.156 I5.302 J-11.724 E.04974
G1 X162.101 Y175.29 E.00698
G1 X162.134 Y175.497 E.00643
G1 X162.012 Y175.681 E.0068
G3 X157.934 Y176.534 I-3.739 J-7.709 E.12928
G3 X154.137 Y175.272 I.624 J-8.223 E.12418
G3 X150.456 Y171.788 I7.548 J-11.662 E.15662
G1 X150.123 Y171.338 E.01719
G1 X150.063 Y171.318 E.00197
G2 X149.934 Y171.323 I-.062 J.062 E.00446
G1 X149.847 Y171.37 E.00301
G3 X146.293 Y174.994 I-12.04 J-8.255 E.15678
G3 X142.572 Y176.488 I-5 J-7.071 E.12431
G3 X138.588 Y175.943 I-.915 J-8.146 E.12486
G1 X138.076 Y175.727 E.01707
G1 X137.916 Y175.614 E.00602
G1 X137.866 Y175.399 E.00678
G1 X137.973 Y175.21 E.00668
G2 X139.565 Y174.597 I-15.889 J-43.685 E.05242
G2 X141.02 Y173.836 I-4.813 J-10.969 E.05049
G1 X141.454 Y173.519 E.01652
G1 X141.455 Y173.495 E.00074
G1 X141.457 Y173.457 E.00116
G1 X141.462 Y173.36 E.00297
G3 X140.417 Y168.455 I11.967 J-5.113 E.15507
G3 X140.401 Y166.867 I39.365 J-1.201 E.0488
G1 X140.373 Y166.839 E.00123
G1 X140.29 Y166.756 E.0036
G1 X140.223 Y166.762 E.00206
G1 X140.128 Y166.77 E.00294
G3 X136.261 Y168.616 I-9.414 J-14.751 E.13199
G3 X134.038 Y169.074 I-3.85 J-13.047 E.06981
G1 X133.957 Y169.127 E.00297
G1 X133.926 Y169.147 E.00116
G1 X133.905 Y169.161 E.00074
G2 X133.913 Y171.303 I10.355 J1.034 E.06594
G2 X134.174 Y172.899 I12.802 J-1.27 E.04974
G1 X134.148 Y173.129 E.0071
G1 X133.997 Y173.25 E.00595
G1 X133.765 Y173.243 E.00711
G3 X130.988 Y170.138 I4.806 J-7.093 E.12929
G3 X130.182 Y166.219 I7.433 J-3.571 E.12419
G3 X131.359 Y161.289 I13.874 J.705 E.15662
G1 X131.582 Y160.776 E.01719
G1 X131.569 Y160.713 E.00196
G2 X131.501 Y160.604 I-.084 J-.023 E.00445
G1 X131.416 Y160.553 E.00303
G3 X126.501 Y159.286 I1.129 J-14.555 E.15678
G3 X123.347 Y156.812 I3.624 J-7.865 E.12431
G3 X121.826 Y153.088 I6.597 J-4.866 E.12486
G1 X121.759 Y152.546 E.0168
G1 X121.786 Y152.319 E.00701
G1 X121.933 Y152.192 E.00597
G1 X122.154 Y152.189 E.00679
G2 X123.481 Y153.262 I29.755 J-35.439 E.05242
G2 X124.867 Y154.141 I7.093 J-9.652 E.05049
G1 X125.359 Y154.358 E.01652
G1 X125.381 Y154.347 E.00074
G1 X125.414 Y154.33 E.00116
G1 X125.5 Y154.286 E.00297
G3 X129.226 Y150.929 I10.411 J7.808 E.15507
G3 X130.593 Y150.12 I20.733 J33.506 E.0488
G1 X130.603 Y150.082 E.00122
G1 X130.618 Y150.024 E.00183
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X130.597 Y149.914 E-.00797
G1 X130.54 Y149.836 E-.0069
G1 X129.71 Y149.369 E-.06787
G1 X128.996 Y148.929 E-.05976
; WIPE_END
G1 E-.0075 F3600
G1 X152.257 Y151.269 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X152.215 Y151.365 E.00344
G1 X151.753 Y151.922 E.02402
G1 X151.624 Y152.033 E.00564
G1 X151.151 Y152.334 E.01859
G1 X150.468 Y152.559 E.02386
G3 X149.576 Y152.567 I-.48 J-3.989 E.02965
G1 X149.041 Y152.418 E.01843
G1 X148.411 Y152.06 E.02402
G1 X147.905 Y151.543 E.02402
G1 X147.561 Y150.905 E.02402
G1 X147.406 Y150.198 E.02402
G1 X147.452 Y149.475 E.02402
G1 X147.695 Y148.793 E.02402
G1 X148.117 Y148.205 E.02403
G1 X148.685 Y147.755 E.02402
G1 X149.325 Y147.485 E.02303
G1 X149.994 Y147.395 E.02242
G1 X150.504 Y147.443 E.01698
G1 X151.126 Y147.654 E.02178
G1 X151.729 Y148.056 E.02402
G1 X152.197 Y148.607 E.02402
G1 X152.496 Y149.267 E.02403
G1 X152.602 Y149.983 E.02402
G1 X152.505 Y150.701 E.02402
G1 X152.281 Y151.215 E.01859
M204 S10000
G1 X151.886 Y151.105 F30000
M204 S5000
G1 F8843.491
G1 X151.848 Y151.189 E.00307
G1 X151.405 Y151.689 E.02215
G1 X150.935 Y151.989 E.01848
G1 X150.353 Y152.169 E.02023
G1 X149.741 Y152.182 E.02029
G1 X149.15 Y152.026 E.02029
G1 X148.624 Y151.713 E.02029
G1 X148.205 Y151.268 E.02029
G1 X147.925 Y150.724 E.02029
G1 X147.806 Y150.124 E.02029
G1 X147.857 Y149.514 E.02029
G1 X148.074 Y148.943 E.02029
G1 X148.44 Y148.453 E.02029
G1 X148.927 Y148.082 E.02029
G1 X149.471 Y147.865 E.01943
G1 X150.036 Y147.8 E.01886
G1 X150.466 Y147.853 E.01438
G1 X150.99 Y148.038 E.01843
G1 X151.492 Y148.387 E.02029
G1 X151.879 Y148.861 E.02029
G1 X152.12 Y149.423 E.02029
G1 X152.197 Y150.029 E.02029
G1 X152.104 Y150.634 E.02029
G1 X151.912 Y151.051 E.01523
M204 S10000
G1 X151.543 Y150.946 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.221 Y151.335 E.01552
G1 X150.805 Y151.621 E.0155
G1 X150.33 Y151.779 E.01539
G1 X149.823 Y151.801 E.01559
G1 X149.335 Y151.683 E.01543
G1 X148.896 Y151.434 E.0155
G1 X148.544 Y151.075 E.01544
G1 X148.304 Y150.631 E.0155
G1 X148.196 Y150.14 E.01547
G1 X148.227 Y149.636 E.0155
G1 X148.398 Y149.159 E.01558
G1 X148.697 Y148.743 E.01573
G1 X149.095 Y148.432 E.01552
G1 X149.563 Y148.243 E.01552
G1 X150.066 Y148.191 E.01555
G1 X150.34 Y148.224 E.00846
G1 X150.816 Y148.386 E.01547
G1 X151.229 Y148.674 E.01547
G1 X151.546 Y149.062 E.01539
G1 X151.736 Y149.488 E.01433
G1 X151.809 Y149.984 E.0154
G1 X151.743 Y150.487 E.0156
G1 X151.567 Y150.891 E.01354
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X151.221 Y151.335 E-.04012
G1 X150.805 Y151.621 E-.03595
G1 X150.33 Y151.779 E-.03568
G1 X149.899 Y151.798 E-.03075
; WIPE_END
G1 E-.0075 F3600
G1 X149.48 Y152.904 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.382949
G1 F10587.335
G1 X149.699 Y152.938 E.00615
G1 X150.379 Y152.941 E.01883
G1 X151.101 Y152.749 E.02069
G1 X151.346 Y152.639 E.00745
G1 X151.913 Y152.267 E.01881
G1 X152.411 Y151.723 E.02042
G1 X152.821 Y150.915 E.02512
G1 X152.963 Y150.135 E.02195
G2 X152.897 Y149.381 I-13.849 J.832 E.02097
G1 X152.829 Y149.126 E.00731
G1 X152.552 Y148.488 E.01928
G1 X152.101 Y147.907 E.02037
G1 X151.485 Y147.447 E.0213
G1 X150.639 Y147.104 E.02529
G1 X149.995 Y147.036 E.01794
G1 X149.341 Y147.105 E.01821
G1 X148.704 Y147.349 E.0189
G1 X148.497 Y147.46 E.00651
G1 X147.937 Y147.87 E.01924
G1 X147.479 Y148.442 E.0203
G1 X147.123 Y149.279 E.02519
G1 X147.036 Y150.037 E.02117
G1 X147.161 Y150.804 E.02153
G1 X147.226 Y151.043 E.00685
G1 X147.546 Y151.667 E.01943
G2 X148.774 Y152.701 I2.734 J-1.999 E.04493
G1 X149.422 Y152.887 E.01868
G1 X130.911 Y151.7 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X129.525 Y152.553 I10.445 J18.515 E.05401
G1 X148.383 Y171.411 E.88465
G3 X149.085 Y170.522 I15.665 J11.653 E.03757
G3 X151.052 Y170.663 I.915 J1.027 E.07295
G1 X151.616 Y171.412 E.03111
G1 X170.477 Y152.551 E.8848
G3 X173.561 Y155.478 I-7.444 J10.933 E.14167
G2 X174.855 Y155.849 I1.054 J-1.236 E.04603
G1 X172.751 Y157.953 E.09871
G2 X173.121 Y157.769 I-1.533 J-3.543 E.0137
G1 X142.781 Y127.429 E1.42331
G2 X142.965 Y126.331 I-1.656 J-.842 E.03749
G1 X144.164 Y125.132 E.05625
G2 X142.604 Y124.679 I-2.705 J6.4 E.05399
G1 X142.563 Y126.174 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.382927
G1 F10588.027
G1 X142.612 Y126.625 E.01257
G1 X142.565 Y126.989 E.01018
G2 X141.586 Y131.294 I11.108 J4.789 E.123
G1 X141.554 Y133.283 E.05512
G1 X141.321 Y133.838 E.01667
G1 X141.127 Y134.065 E.00829
G1 X140.634 Y134.337 E.01557
G1 X140.406 Y134.401 E.00657
G1 X139.843 Y134.355 E.01564
G1 X139.604 Y134.265 E.00709
G2 X137.294 Y133.016 I-12.822 J20.966 E.07279
G2 X133.804 Y132.062 I-4.802 J10.695 E.10064
G1 X133.274 Y131.826 E.01606
G1 X132.909 Y131.417 E.01517
G1 X132.802 Y131.178 E.00728
G1 X132.717 Y130.591 E.01643
G1 X131.393 Y132.627 F30000
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X131.458 Y132.104 E.0146
G1 X131.696 Y131.179 E.02647
G3 X132.122 Y130.218 I7.201 J2.622 E.02915
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X131.943 Y130.58 E-.02876
G1 X131.696 Y131.179 E-.04618
G1 X131.46 Y132.097 E-.06756
; WIPE_END
G1 E-.0075 F3600
G1 X127.266 Y141.649 F30000
G1 E.5 F2400
G1 F10588.235
G3 X129.077 Y141.024 I4.831 J11.067 E.05313
G1 X124.875 Y144.574 F30000
; LINE_WIDTH: 0.382953
G1 F10587.227
G1 X125.438 Y144.494 E.01575
G1 X125.784 Y144.568 E.00982
G1 X126.222 Y144.814 E.01391
G2 X127.796 Y146.555 I15.449 J-12.384 E.06507
G2 X130.39 Y148.42 I9.995 J-11.169 E.08869
G1 X131.176 Y148.885 E.0253
G1 X131.491 Y149.167 E.01171
G1 X131.673 Y149.46 E.00958
G1 X131.775 Y149.908 E.01273
G1 X131.722 Y150.434 E.01464
G1 X131.453 Y150.876 E.01434
G1 X131.201 Y151.119 E.00969
G2 X128.938 Y152.512 I12.181 J22.312 E.07367
G2 X126.365 Y155.055 I6.929 J9.586 E.10065
G1 X126.001 Y155.335 E.01271
G1 X125.637 Y155.477 E.01083
G1 X125.391 Y155.499 E.00683
G1 X131.419 Y159.386 F30000
; LINE_WIDTH: 0.38292
G1 F10588.235
G3 X132.127 Y159.612 I-.3 J2.158 E.02067
G1 X132.316 Y159.761 E.00669
G1 X132.615 Y160.173 E.01409
G1 X132.726 Y160.572 E.01148
G1 X132.683 Y161.127 E.01541
G1 X132.663 Y161.2 E.00209
G2 X131.649 Y164.069 I13.991 J6.562 E.08446
G2 X131.401 Y165.516 I9.632 J2.394 E.04071
G1 X132.836 Y168.762 F30000
G1 F10588.235
G1 X132.975 Y168.477 E.00878
G1 X133.187 Y168.256 E.00847
G1 X133.62 Y168 E.01396
G2 X135.915 Y167.507 I-2.999 J-19.567 E.06506
G2 X138.826 Y166.193 I-4.675 J-14.241 E.08868
G1 X139.613 Y165.735 E.02522
G1 X139.892 Y165.631 E.00824
G1 X140.363 Y165.601 E.01308
G1 X140.656 Y165.658 E.00828
G1 X141.055 Y165.894 E.01284
G3 X141.383 Y166.259 I-.452 J.735 E.01377
G1 X141.561 Y166.788 E.01547
G2 X141.645 Y169.496 I29.061 J.459 E.07509
G2 X142.563 Y172.996 I11.663 J-1.189 E.10064
G1 X142.624 Y173.419 E.01185
G1 X142.562 Y173.824 E.01135
G1 X142.313 Y174.283 E.01448
G1 X142.124 Y174.471 E.00737
G1 X142.304 Y174.986 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X143.873 Y174.577 I-.834 J-6.414 E.05394
G1 X142.979 Y173.683 E.04192
G2 X142.783 Y172.569 I-2.264 J-.174 E.03792
G1 X173.4 Y141.952 E1.4363
G3 X174.751 Y142.856 I-6.034 J10.489 E.05395
G1 X170.514 Y140.911 F30000
G1 F8843.478
G3 X172.074 Y141.37 I-1.996 J9.661 E.05401
G1 X174.844 Y144.14 E.12995
G2 X173.42 Y144.63 I-.116 J1.98 E.05125
G3 X170.475 Y147.447 I-9.931 J-7.434 E.1358
G1 X151.617 Y128.589 E.88465
G3 X150.915 Y129.478 I-15.658 J-11.647 E.03757
G3 X148.948 Y129.337 I-.914 J-1.044 E.07277
G1 X148.385 Y128.587 E.03111
G1 X129.523 Y147.449 E.88484
G3 X126.439 Y144.522 I7.444 J-10.933 E.14167
G2 X125.145 Y144.151 I-1.054 J1.236 E.04603
G1 X127.249 Y142.047 E.09871
G2 X126.879 Y142.231 I1.533 J3.543 E.0137
G1 X157.222 Y172.574 E1.42345
G2 X157.027 Y173.677 I2.111 J.942 E.03751
G1 X155.838 Y174.866 E.05579
G3 X154.413 Y174.083 I5.249 J-11.245 E.05396
G1 X158.227 Y175.375 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X158.716 Y175.359 E.01357
G1 X158.799 Y175.226 E.00434
G1 X158.764 Y175.06 E.0047
G1 X157.899 Y174.506 E.02847
G1 X157.534 Y174.056 E.01605
G1 X157.42 Y173.755 E.00892
G1 X157.402 Y173.158 E.01654
G2 X158.119 Y170.952 I-17.122 J-6.78 E.06431
G2 X158.437 Y167.773 I-14.672 J-3.072 E.08869
G1 X158.436 Y166.804 E.02683
G1 X158.502 Y166.508 E.00841
G1 X158.8 Y166.013 E.016
G1 X158.95 Y165.874 E.00566
G1 X159.416 Y165.633 E.01455
G1 X159.744 Y165.593 E.00915
G1 X160.198 Y165.655 E.01269
G1 X160.396 Y165.735 E.00593
G2 X162.706 Y166.984 I12.82 J-20.962 E.07278
G2 X166.196 Y167.941 I4.838 J-10.794 E.10064
G3 X166.772 Y168.223 I-.423 J1.592 E.0179
G1 X167.109 Y168.621 E.01443
G1 X167.258 Y169.043 E.01239
G1 X167.299 Y169.517 E.01319
G1 X167.869 Y169.799 F30000
G1 F10588.235
G1 X168.129 Y169.272 E.01628
G1 X168.435 Y168.382 E.02606
G1 X168.551 Y167.768 E.01734
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X168.435 Y168.382 E-.04458
G1 X168.129 Y169.272 E-.06701
G1 X167.937 Y169.661 E-.0309
; WIPE_END
G1 E-.0075 F3600
G1 X171.064 Y158.939 F30000
G1 E.5 F2400
G1 F10588.235
G2 X172.601 Y158.407 I-2.371 J-9.333 E.04512
G1 X175.482 Y156.396 F30000
G1 F10588.235
G1 X175.826 Y155.957 E.01547
G1 X175.299 Y155.34 F30000
; LINE_WIDTH: 0.382937
G1 F10587.712
G1 X175.06 Y155.44 E.00716
G1 X174.559 Y155.507 E.01399
G1 X174.216 Y155.432 E.00975
G1 X173.778 Y155.186 E.01391
G2 X172.204 Y153.445 I-15.451 J12.386 E.06507
G2 X169.61 Y151.58 I-9.986 J11.157 E.08868
G1 X168.824 Y151.115 E.0253
G1 X168.512 Y150.837 E.01158
G3 X168.239 Y150.283 I.994 J-.834 E.0173
G1 X168.229 Y149.79 E.01367
G1 X168.307 Y149.497 E.0084
G1 X168.571 Y149.091 E.01341
G1 X168.799 Y148.881 E.00857
G2 X171.062 Y147.488 I-12.185 J-22.318 E.07367
G2 X173.635 Y144.945 I-6.929 J-9.586 E.10064
G1 X173.999 Y144.665 E.01271
G1 X174.363 Y144.523 E.01083
G1 X174.873 Y144.504 E.01414
G1 X174.997 Y144.543 E.0036
G1 E-.35 F3600
; WIPE_START
G1 F10587.712
G1 X174.873 Y144.504 E-.00926
G1 X174.363 Y144.523 E-.03636
G1 X173.999 Y144.665 E-.02786
G1 X173.635 Y144.945 E-.03269
G1 X173.318 Y145.343 E-.03632
; WIPE_END
G1 E-.0075 F3600
G1 X168.627 Y134.181 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.38292
G1 F10588.235
G3 X167.805 Y137.692 I-12.948 J-1.182 E.10022
G1 X167.337 Y138.8 E.03333
G1 X167.274 Y139.425 E.01741
G1 X167.397 Y139.844 E.0121
G1 X167.704 Y140.263 E.01439
G1 X167.913 Y140.409 E.00706
G1 X168.422 Y140.593 E.01499
G1 X168.805 Y140.64 E.0107
G1 X158.074 Y132.408 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X158.339 Y133.985 I2.444 J.4 E.05401
G1 X132.69 Y159.634 E1.20323
M73 P30 R9
G3 X133.002 Y161.328 I-1.3 J1.115 E.05987
G2 X132.323 Y163.026 I15.348 J7.121 E.06071
G1 X136.292 Y166.996 E.1862
G2 X139.76 Y165.283 I-15.888 J-36.549 E.12835
G3 X141.661 Y166.015 I.449 J1.67 E.07226
G1 X167.308 Y140.368 E1.20317
G3 X166.998 Y138.672 I1.311 J-1.116 E.05989
G2 X167.677 Y136.974 I-15.348 J-7.121 E.0607
G1 X163.708 Y133.004 E.1862
G3 X166.523 Y132.335 I5.38 J16.375 E.09609
G2 X167.583 Y131.212 I-.614 J-1.641 E.05306
G1 X167.259 Y130.887 E.01523
G2 X167.278 Y129.274 I-8.726 J-.912 E.0536
G3 X168.434 Y131.566 I-5.556 J4.239 E.08565
G1 X152.354 Y147.646 E.75433
G3 X152.341 Y152.341 I-2.413 J2.341 E.17241
G1 X168.124 Y168.124 E.74041
G3 X168.054 Y168.394 I-4.087 J-.904 E.00927
G3 X167.655 Y169.439 I-5.389 J-1.461 E.03715
G1 X167.635 Y169.212 E.00757
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X167.655 Y169.439 E-.01626
G1 X168.054 Y168.394 E-.07967
G1 X168.124 Y168.124 E-.0199
G1 X167.859 Y167.859 E-.02667
; WIPE_END
G1 E-.0075 F3600
G1 X142.842 Y175.261 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G2 X146.008 Y173.766 I-1.794 J-7.896 E.09778
G2 X147.914 Y171.959 I-7.443 J-9.759 E.07288
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X147.138 Y172.79 E-.08096
G1 X146.771 Y173.134 E-.03585
G1 X146.494 Y173.364 E-.02569
; WIPE_END
G1 E-.0075 F3600
G1 X132.184 Y169.935 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X131.566 Y168.434 I7.552 J-3.983 E.05392
G1 X147.658 Y152.342 E.75492
G3 X147.645 Y147.645 I2.35 J-2.355 E.17297
G1 X131.877 Y131.877 E.73969
G3 X132.345 Y130.561 I5.831 J1.329 E.04645
G1 X132.369 Y130.832 E.00902
G2 X134.236 Y132.49 I1.775 J-.118 E.09185
G1 X134.379 Y132.511 E.0048
G3 X136.292 Y133.004 I-3.279 J16.668 E.06556
G1 X132.029 Y137.267 E.19996
G3 X132.685 Y138.946 I-70.483 J28.482 E.05981
G3 X132.425 Y140.101 I-1.29 J.317 E.0407
G1 X158.342 Y166.018 E1.21582
G3 X160.545 Y165.403 I1.473 J1.022 E.08226
G2 X163.708 Y166.996 I9.527 J-14.985 E.11769
G1 X167.971 Y162.733 E.19996
G3 X167.315 Y161.054 I70.481 J-28.481 E.05981
G3 X167.573 Y159.897 I1.313 J-.314 E.04069
G1 X141.655 Y133.979 E1.21585
G2 X141.914 Y133.363 I-1.451 J-.972 E.02232
G1 X141.93 Y132.407 E.03173
G1 X152.163 Y127.948 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G3 X154.866 Y125.644 I9.359 J8.243 E.09874
G3 X156.796 Y124.828 I3.798 J6.291 E.05824
G1 X157.469 Y124.916 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G1 X157.563 Y125.01 E.00438
G2 X156.127 Y125.423 I1.483 J7.844 E.04963
G1 X157.021 Y126.317 E.04192
G2 X157.217 Y127.431 I2.341 J.161 E.0379
G1 X126.6 Y158.048 E1.4363
G3 X123.416 Y154.611 I2.963 J-5.939 E.15885
G3 X124.624 Y155.328 I-13.331 J23.826 E.04662
G1 X124.374 Y155.4 E.00864
G2 X125.156 Y155.86 I.829 J-.514 E.0313
G1 X127.926 Y158.63 E.12995
G2 X129.486 Y159.089 I3.556 J-9.202 E.05401
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X127.926 Y158.63 E-.11588
G1 X127.662 Y158.366 E-.02662
; WIPE_END
G1 E-.0075 F3600
G1 X123.534 Y145.102 F30000
G1 E.5 F2400
G1 F8843.478
G1 X123.411 Y145.4 E.01068
G3 X124.544 Y144.752 I6.197 J9.515 E.04333
G1 X124.018 Y144.225 E.0247
G2 X123.586 Y144.995 I7.102 J4.485 E.0293
G1 X124.245 Y143.943 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X124.591 Y143.52 E.01514
G1 X157.704 Y125.691 F30000
G1 F10588.235
G1 X157.487 Y126.063 E.01193
G1 X157.378 Y126.428 E.01055
G1 X157.427 Y126.961 E.01485
G3 X158.417 Y131.399 I-11.226 J4.835 E.1267
G3 X158.429 Y133.129 I-26.848 J1.049 E.04795
G1 X158.469 Y133.377 E.00696
G1 X158.649 Y133.797 E.01267
G1 X158.839 Y134.034 E.00841
G1 X159.229 Y134.293 E.01295
G1 X159.536 Y134.391 E.00893
G1 X160.009 Y134.389 E.01313
G1 X160.284 Y134.316 E.00787
G1 X161.993 Y133.36 E.05425
G3 X165.409 Y132.177 I5.619 J10.698 E.10053
G1 X166.299 Y132.026 E.02501
G1 X166.777 Y131.768 E.01506
G1 X167.045 Y131.488 E.01074
G1 X167.117 Y131.339 E.00457
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 1.2
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X167.045 Y131.488 E-.01174
G1 X166.777 Y131.768 E-.02762
G1 X166.299 Y132.026 E-.03874
G1 X165.409 Y132.177 E-.06433
G1 X165.408 Y132.177 E-.00007
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X131.41 Y149.814 Z1.2 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X131.41 Y149.777 E.00122
G1 X131.216 Y149.396 E.01419
G1 X131 Y149.186 E.00999
G3 X128.725 Y147.78 I12.939 J-23.471 E.08877
G3 X126.043 Y145.125 I7.391 J-10.147 E.12564
G1 X125.674 Y144.91 E.01417
G1 X125.354 Y144.848 E.01083
G1 X124.895 Y144.955 E.01564
G2 X122.772 Y146.276 I5.526 J11.251 E.08308
G3 X125.782 Y142.036 I6.654 J1.535 E.17696
G1 X126.607 Y141.558 E.03162
G3 X131.053 Y140.288 I5.864 J12.122 E.15413
G1 X131.687 Y140.2 E.02124
G1 X132.096 Y139.957 E.01578
G1 X132.314 Y139.599 E.01389
G1 X132.378 Y139.314 E.00969
G1 X132.3 Y138.86 E.0153
G3 X131.007 Y134.215 I12.476 J-5.974 E.16077
G3 X131.521 Y130.619 I7.806 J-.72 E.12159
G3 X133.155 Y128.287 I6.467 J2.793 E.09512
G2 X133.053 Y130.396 I16.115 J1.838 E.07011
G1 X133.131 Y131.06 E.02217
G1 X133.35 Y131.406 E.01359
G1 X133.56 Y131.584 E.00911
G1 X133.926 Y131.717 E.01293
G3 X137.753 Y132.838 I-1.292 J11.499 E.13295
G3 X139.801 Y133.96 I-11.519 J23.465 E.07748
G1 X140.222 Y134.044 E.01425
G1 X140.471 Y134.023 E.00828
G1 X140.901 Y133.787 E.01625
G1 X141.133 Y133.428 E.01419
G1 X141.205 Y133.139 E.00988
G3 X141.417 Y129.537 I20.124 J-.62 E.11984
G3 X142.22 Y126.892 I11.935 J2.181 E.09189
G1 X142.259 Y126.469 E.01409
G1 X142.185 Y126.169 E.01024
G1 X141.892 Y125.789 E.01594
G2 X140.143 Y124.781 I-9.389 J14.278 E.06697
G1 X139.611 Y124.557 E.01915
G3 X145.015 Y125.161 I2.002 J6.565 E.18544
G3 X148.194 Y127.809 I-5.922 J10.342 E.13796
G3 X149.261 Y129.174 I-16.717 J14.167 E.05749
G1 X149.601 Y129.41 E.01371
G1 X149.837 Y129.492 E.00829
G1 X150.311 Y129.456 E.01579
G1 X150.672 Y129.229 E.01414
G2 X151.576 Y128.08 I-31.637 J-25.83 E.0485
G3 X154.742 Y125.299 I9.709 J7.86 E.14046
G3 X157.548 Y124.309 I3.911 J6.617 E.09931
G3 X158.862 Y124.275 I.99 J12.927 E.04361
G3 X160.382 Y124.555 I-.478 J6.866 E.05139
G2 X158.108 Y125.792 I4.824 J11.575 E.08602
G2 X157.73 Y126.546 I.818 J.883 E.0286
G1 X157.797 Y126.938 E.01318
G3 X158.739 Y130.813 I-10.605 J4.631 E.13295
G3 X158.792 Y133.147 I-26.071 J1.756 E.07748
G1 X158.933 Y133.559 E.01445
G1 X159.098 Y133.782 E.00921
G1 X159.488 Y134.012 E.01501
G1 X159.915 Y134.035 E.01419
G1 X160.205 Y133.952 E.00999
G3 X162.56 Y132.685 I13.857 J22.941 E.08876
G3 X166.2 Y131.69 I5.092 J11.474 E.12565
G1 X166.571 Y131.479 E.01417
G1 X166.785 Y131.232 E.01083
G1 X166.922 Y130.781 E.01564
G2 X166.84 Y128.282 I-12.507 J-.84 E.08308
G3 X169.006 Y133.009 I-4.656 J4.994 E.17696
G1 X169.008 Y133.962 E.03162
G3 X167.884 Y138.447 I-13.43 J-.982 E.15413
G1 X167.666 Y138.947 E.01811
G1 X167.632 Y139.359 E.0137
G1 X167.679 Y139.605 E.00829
G1 X167.949 Y139.999 E.01588
G1 X168.324 Y140.196 E.01405
G2 X169.772 Y140.405 I6.538 J-40.222 E.0485
G3 X173.763 Y141.756 I-1.953 J12.339 E.14045
G3 X176.456 Y144.329 I-3.56 J6.422 E.12492
G3 X177.232 Y146.279 I-6.316 J3.644 E.06984
G2 X174.984 Y144.907 I-7.054 J9.033 E.08756
G1 X174.517 Y144.851 E.01561
G1 X174.152 Y144.988 E.01291
G1 X173.925 Y145.163 E.00951
G3 X170.318 Y148.412 I-10.173 J-7.666 E.16202
G3 X168.991 Y149.187 I-15.054 J-24.251 E.05101
G1 X168.707 Y149.51 E.01426
G1 X168.593 Y149.781 E.00974
G1 X168.593 Y150.234 E.01503
G1 X168.786 Y150.607 E.01394
G1 X169 Y150.814 E.00988
G3 X171.275 Y152.22 I-12.942 J23.476 E.08877
G3 X173.957 Y154.875 I-7.391 J10.147 E.12564
G1 X174.326 Y155.09 E.01417
G1 X174.646 Y155.152 E.01083
G1 X175.105 Y155.045 E.01564
G2 X177.228 Y153.724 I-5.526 J-11.251 E.08308
G3 X174.218 Y157.964 I-6.654 J-1.536 E.17696
G1 X173.393 Y158.442 E.03162
G3 X168.947 Y159.712 I-5.864 J-12.122 E.15413
G1 X168.313 Y159.8 E.02124
G1 X167.906 Y160.041 E.01569
G1 X167.686 Y160.401 E.014
G1 X167.622 Y160.684 E.00963
G1 X167.7 Y161.14 E.01535
G3 X168.999 Y165.85 I-12.382 J5.949 E.16292
G3 X168.378 Y169.61 I-7.703 J.66 E.12774
G3 X166.839 Y171.723 I-6.524 J-3.135 E.0872
G2 X166.903 Y169.09 I-11.353 J-1.592 E.08756
G1 X166.717 Y168.658 E.01561
G1 X166.417 Y168.41 E.01291
G1 X166.152 Y168.301 E.00951
G3 X161.534 Y166.802 I1.553 J-12.643 E.16202
G3 X160.199 Y166.04 I13.47 J-25.154 E.05101
G1 X159.768 Y165.956 E.01457
G1 X159.474 Y165.996 E.00984
G1 X159.082 Y166.23 E.01514
G1 X158.866 Y166.575 E.01349
G1 X158.795 Y166.861 E.0098
G3 X158.715 Y169.535 I-26.792 J.53 E.08877
G3 X157.781 Y173.109 I-11.983 J-1.222 E.12302
G1 X157.733 Y173.484 E.01253
G1 X157.791 Y173.765 E.00952
G1 X157.952 Y174.061 E.01118
G2 X160.389 Y175.443 I6.029 J-7.789 E.09324
G3 X155.273 Y174.991 I-2.001 J-6.53 E.17465
G3 X152.083 Y172.503 I5.192 J-9.948 E.13494
G3 X150.739 Y170.826 I18.452 J-16.161 E.07132
G1 X150.399 Y170.591 E.0137
G1 X150.144 Y170.506 E.00892
G1 X149.681 Y170.546 E.01542
G1 X149.328 Y170.771 E.01388
G2 X148.424 Y171.92 I31.647 J25.837 E.0485
G3 X145.258 Y174.701 I-9.709 J-7.86 E.14046
G3 X141.16 Y175.727 I-3.69 J-6.044 E.1423
G3 X139.618 Y175.445 I.479 J-6.959 E.0521
G2 X141.892 Y174.208 I-4.824 J-11.575 E.08602
G2 X142.27 Y173.454 I-.818 J-.883 E.0286
G1 X142.203 Y173.062 E.01318
G3 X141.261 Y169.187 I10.605 J-4.631 E.13295
G3 X141.201 Y166.794 I30.59 J-1.962 E.07944
G1 X141.053 Y166.405 E.0138
G1 X140.867 Y166.193 E.00937
G1 X140.486 Y165.98 E.01447
G1 X140.05 Y165.967 E.01444
G1 X139.795 Y166.048 E.00888
G3 X137.44 Y167.315 I-13.855 J-22.937 E.08876
G3 X133.8 Y168.31 I-5.092 J-11.474 E.12565
G1 X133.429 Y168.521 E.01417
G1 X133.215 Y168.768 E.01083
G1 X133.078 Y169.219 E.01564
G2 X133.16 Y171.718 I12.507 J.84 E.08308
G3 X130.994 Y166.991 I4.656 J-4.994 E.17696
M73 P31 R9
G1 X130.992 Y166.038 E.03162
G3 X132.116 Y161.553 I13.43 J.982 E.15413
G1 X132.334 Y161.053 E.01811
G1 X132.368 Y160.641 E.0137
G1 X132.321 Y160.396 E.00828
G1 X132.053 Y160.002 E.0158
G1 X131.675 Y159.804 E.01414
G2 X130.228 Y159.595 I-6.549 J40.306 E.0485
G3 X126.237 Y158.244 I1.953 J-12.339 E.14045
G3 X123.544 Y155.671 I3.56 J-6.422 E.12492
G3 X122.768 Y153.721 I6.316 J-3.644 E.06984
G2 X125.016 Y155.093 I7.054 J-9.034 E.08756
G1 X125.483 Y155.149 E.01561
G1 X125.848 Y155.012 E.01291
G1 X126.075 Y154.837 E.00951
G3 X129.682 Y151.588 I10.173 J7.666 E.16202
G3 X131.009 Y150.813 I15.045 J24.236 E.05101
G1 X131.296 Y150.484 E.01445
G1 X131.406 Y150.23 E.00921
G1 X131.409 Y149.874 E.0118
M204 S10000
G1 X131.003 Y149.894 F30000
M204 S5000
G1 F8843.491
G1 X131.004 Y149.836 E.00192
G1 X130.797 Y149.54 E.01199
G3 X128.486 Y148.11 I13.138 J-23.822 E.09019
G3 X125.708 Y145.381 I8.28 J-11.206 E.12959
G1 X125.387 Y145.254 E.01147
G1 X125.014 Y145.352 E.0128
G1 X124.103 Y145.848 E.0344
G2 X122.179 Y147.292 I7.596 J12.132 E.07988
G3 X123.862 Y143.175 I7.698 J.745 E.14962
G3 X125.49 Y141.735 I5.931 J5.063 E.07236
G3 X129.85 Y140.057 I6.376 J10.066 E.15596
G3 X131.489 Y139.832 I3.556 J19.802 E.0549
G1 X131.789 Y139.683 E.0111
G1 X131.952 Y139.412 E.01051
G1 X131.943 Y139.081 E.01097
G3 X130.717 Y135.208 I14.653 J-6.768 E.13515
G3 X130.833 Y131.38 I9.212 J-1.636 E.12792
G3 X133.056 Y127.817 I7.069 J1.935 E.14129
G1 X133.72 Y127.283 E.02826
G2 X133.526 Y128.617 I1951.114 J285.097 E.04472
G2 X133.508 Y130.887 I10.676 J1.219 E.07543
G1 X133.684 Y131.172 E.0111
G1 X133.983 Y131.314 E.01099
G3 X138.456 Y132.728 I-1.431 J12.3 E.15655
G3 X139.965 Y133.586 I-12.295 J23.391 E.0576
G1 X140.326 Y133.639 E.0121
G1 X140.647 Y133.464 E.01214
G1 X140.798 Y133.14 E.01186
G3 X140.88 Y130.423 I27.203 J-.533 E.0902
G3 X141.834 Y126.764 I12.264 J1.242 E.12594
G1 X141.851 Y126.449 E.01048
G1 X141.679 Y126.151 E.0114
G2 X138.438 Y124.553 I-6.844 J9.799 E.12033
G1 X139.3 Y124.222 E.03064
G3 X145.157 Y124.773 I2.302 J6.932 E.20086
G3 X148.419 Y127.444 I-5.99 J10.64 E.14054
G3 X149.55 Y128.885 I-14.565 J12.603 E.06079
G1 X149.829 Y129.07 E.01109
G1 X150.167 Y129.073 E.01122
G1 X150.469 Y128.861 E.01227
G3 X153.999 Y125.284 I11.669 J7.986 E.16758
G3 X157.717 Y123.878 I4.598 J6.542 E.13325
G3 X158.911 Y123.871 I.732 J22.87 E.03962
G3 X161.536 Y124.542 I-.62 J7.896 E.0903
G3 X160.412 Y124.98 I-7.361 J-17.22 E.04001
G2 X158.755 Y125.842 I7.091 J15.652 E.06199
G1 X158.318 Y126.144 E.01764
G1 X158.138 Y126.489 E.0129
G1 X158.174 Y126.786 E.00993
G3 X159.185 Y131.367 I-11.367 J4.911 E.15655
G3 X159.197 Y133.102 I-26.401 J1.047 E.05759
G1 X159.336 Y133.446 E.0123
G1 X159.64 Y133.631 E.01181
G1 X160 Y133.6 E.01199
G3 X162.394 Y132.314 I14.061 J23.288 E.09019
G3 X166.146 Y131.273 I5.565 J12.773 E.12959
G1 X166.417 Y131.057 E.01147
G1 X166.518 Y130.685 E.0128
G1 X166.544 Y129.649 E.0344
G2 X166.256 Y127.261 I-14.306 J.513 E.07988
G3 X168.979 Y130.776 I-4.495 J6.294 E.14962
G3 X169.413 Y132.907 I-7.35 J2.605 E.07236
G3 X168.685 Y137.521 I-11.906 J.488 E.15596
G3 X168.061 Y139.053 I-18.927 J-6.821 E.0549
G1 X168.04 Y139.387 E.0111
G1 X168.192 Y139.663 E.01045
G1 X168.484 Y139.822 E.01102
G3 X172.452 Y140.697 I-1.465 J16.074 E.13515
G3 X175.893 Y142.902 I-3.139 J8.687 E.13669
G3 X177.739 Y146.695 I-5.525 J5.034 E.14188
G1 X177.824 Y147.254 E.01876
G1 X177.823 Y147.283 E.00096
G1 X177.801 Y147.265 E.00096
G2 X175.692 Y145.72 I-10.371 J11.943 E.08683
G1 X174.916 Y145.315 E.02901
G1 X174.634 Y145.256 E.00957
G1 X174.515 Y145.271 E.00397
G1 X174.243 Y145.418 E.01027
G3 X170.73 Y148.638 I-10.284 J-7.692 E.15901
G3 X169.232 Y149.516 I-14.112 J-22.347 E.0576
G1 X169.006 Y149.802 E.0121
G1 X168.998 Y150.17 E.01221
G1 X169.203 Y150.46 E.01178
G3 X171.514 Y151.89 I-13.141 J23.826 E.09019
G3 X174.292 Y154.619 I-8.28 J11.206 E.12959
G1 X174.613 Y154.746 E.01147
G1 X174.986 Y154.648 E.0128
G1 X175.897 Y154.152 E.0344
G2 X177.821 Y152.708 I-7.597 J-12.133 E.07988
G3 X176.138 Y156.825 I-7.698 J-.745 E.14962
G3 X174.51 Y158.265 I-5.931 J-5.063 E.07236
G3 X170.15 Y159.943 I-6.376 J-10.066 E.15596
G3 X168.511 Y160.168 I-3.556 J-19.802 E.0549
G1 X168.211 Y160.316 E.01109
G1 X168.048 Y160.588 E.01052
G1 X168.057 Y160.919 E.01097
G3 X169.283 Y164.792 I-14.653 J6.768 E.13514
G3 X169.094 Y168.875 I-9.092 J1.625 E.13669
G3 X166.264 Y172.737 I-7.241 J-2.337 E.16158
G1 X166.269 Y172.709 E.00096
G2 X166.553 Y170.11 I-15.529 J-3.01 E.08683
G1 X166.515 Y169.236 E.02901
G1 X166.425 Y168.962 E.00957
G1 X166.353 Y168.866 E.00397
G1 X166.09 Y168.704 E.01027
G3 X161.544 Y167.272 I1.52 J-12.753 E.15901
G3 X160.035 Y166.414 I12.294 J-23.389 E.0576
G1 X159.665 Y166.363 E.0124
M73 P31 R8
G1 X159.344 Y166.546 E.01225
G1 X159.202 Y166.86 E.01144
G3 X159.12 Y169.577 I-27.195 J.533 E.09019
G3 X158.152 Y173.28 I-12.857 J-1.382 E.12742
G1 X158.159 Y173.59 E.01031
G1 X158.308 Y173.84 E.00964
G2 X161.565 Y175.448 I6.855 J-9.78 E.12094
G3 X156.947 Y176.009 I-3.179 J-6.873 E.15684
G3 X153.699 Y174.503 I1.979 J-8.522 E.11962
G3 X150.45 Y171.115 I8.829 J-11.718 E.15638
G1 X150.172 Y170.93 E.01108
G1 X149.853 Y170.924 E.01057
G1 X149.573 Y171.097 E.01094
G3 X146.831 Y174.096 I-13.187 J-9.305 E.13515
G3 X143.201 Y175.973 I-5.944 J-7.043 E.13669
G3 X139.261 Y175.765 I-1.592 J-7.264 E.13247
G1 X138.464 Y175.458 E.02833
G3 X139.588 Y175.02 I7.36 J17.218 E.04001
G2 X141.245 Y174.158 I-7.225 J-15.91 E.06199
G1 X141.682 Y173.856 E.01764
G1 X141.862 Y173.511 E.0129
G1 X141.826 Y173.214 E.00993
G3 X140.815 Y168.633 I11.367 J-4.911 E.15655
G3 X140.803 Y166.898 I26.398 J-1.047 E.05759
G1 X140.667 Y166.557 E.01218
G1 X140.357 Y166.369 E.01201
G1 X140 Y166.4 E.01188
G3 X137.606 Y167.686 I-14.059 J-23.285 E.09019
G3 X133.854 Y168.727 I-5.565 J-12.774 E.12959
G1 X133.583 Y168.943 E.01147
G1 X133.482 Y169.315 E.0128
G1 X133.456 Y170.351 E.0344
G2 X133.744 Y172.739 I14.306 J-.513 E.07988
G3 X131.021 Y169.224 I4.494 J-6.294 E.14962
G3 X130.587 Y167.093 I7.35 J-2.604 E.07236
G3 X131.315 Y162.479 I11.906 J-.488 E.15596
G3 X131.939 Y160.947 I18.927 J6.821 E.0549
G1 X131.96 Y160.612 E.01112
G1 X131.807 Y160.335 E.01051
G1 X131.516 Y160.178 E.01096
G3 X127.548 Y159.303 I1.465 J-16.073 E.13515
G3 X124.107 Y157.098 I3.139 J-8.687 E.13669
G3 X122.177 Y152.717 I5.645 J-5.103 E.16158
G1 X122.199 Y152.735 E.00096
G2 X124.308 Y154.28 I10.371 J-11.944 E.08683
G1 X125.084 Y154.685 E.02901
G1 X125.366 Y154.744 E.00957
G1 X125.485 Y154.729 E.00397
G1 X125.757 Y154.582 E.01027
G3 X129.27 Y151.362 I10.284 J7.692 E.15901
G3 X130.768 Y150.484 I14.109 J22.342 E.0576
G1 X130.995 Y150.194 E.01221
G1 X131.001 Y149.954 E.00799
M204 S10000
G1 X130.634 Y149.966 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X130.597 Y149.914 E.00195
G1 X130.54 Y149.836 E.00298
G3 X127.009 Y147.41 I8.068 J-15.528 E.13199
G3 X125.5 Y145.714 I9.374 J-9.858 E.06981
G1 X125.407 Y145.66 E.00332
G1 X125.388 Y145.649 E.00067
G1 X125.197 Y145.698 E.00604
G1 X124.284 Y146.198 E.032
G2 X122.254 Y147.745 I7.76 J12.289 E.07853
G1 X122.047 Y147.836 E.00694
G1 X121.862 Y147.764 E.00611
G1 X121.754 Y147.564 E.00697
G3 X123.183 Y143.412 I8.463 J.59 E.1365
G3 X126.312 Y140.808 I6.775 J4.96 E.12634
G3 X131.459 Y139.437 I6.301 J13.313 E.16457
G1 X131.506 Y139.395 E.00193
G2 X131.568 Y139.284 I-.02 J-.085 E.00442
G1 X131.569 Y139.183 E.0031
G3 X130.208 Y134.289 I13.168 J-6.299 E.15686
G3 X130.772 Y130.328 I8.622 J-.792 E.12407
G3 X133.234 Y127.149 I7.509 J3.272 E.12482
G1 X133.676 Y126.815 E.01703
G1 X133.881 Y126.726 E.00687
G1 X134.069 Y126.791 E.0061
G1 X134.181 Y126.977 E.00667
G2 X133.914 Y128.675 I46.709 J8.207 E.0528
G2 X133.847 Y130.31 I11.841 J1.303 E.05035
G1 X133.905 Y130.84 E.01636
G1 X133.926 Y130.853 E.00074
G1 X133.957 Y130.873 E.00115
G1 X134.038 Y130.926 E.00297
G3 X138.809 Y132.474 I-1.556 J12.92 E.15507
G3 X140.192 Y133.253 I-18.67 J34.743 E.0488
G1 X140.23 Y133.243 E.00122
G1 X140.347 Y133.21 E.00373
G1 X140.372 Y133.154 E.00188
G1 X140.413 Y133.065 E.003
G3 X140.748 Y128.794 I17.482 J-.777 E.13199
G3 X141.462 Y126.64 I13.223 J3.189 E.06981
G1 X141.457 Y126.543 E.00297
G1 X141.455 Y126.505 E.00116
G1 X141.454 Y126.481 E.00074
G2 X139.605 Y125.421 I-6.046 J8.405 E.06561
G2 X138.02 Y124.823 I-5.511 J12.19 E.05209
G1 X137.883 Y124.66 E.00654
G1 X137.882 Y124.443 E.00669
G1 X138.054 Y124.291 E.00704
G3 X142.636 Y123.522 I3.605 J7.449 E.14469
G3 X146.36 Y125.055 I-1.37 J8.621 E.12488
G3 X149.877 Y128.662 I-8.771 J12.069 E.15552
G1 X149.937 Y128.682 E.00197
G2 X150.066 Y128.677 I.062 J-.062 E.00446
G1 X150.153 Y128.63 E.00302
G3 X153.71 Y125.004 I12.039 J8.254 E.15686
G3 X157.701 Y123.482 I4.927 J6.924 E.1327
G3 X161.407 Y124.055 I.613 J8.298 E.1162
G1 X161.923 Y124.273 E.01723
G1 X162.086 Y124.389 E.00614
G1 X162.134 Y124.601 E.00669
G1 X162.029 Y124.789 E.0066
G2 X160.579 Y125.335 I31.316 J85.335 E.04762
G2 X158.714 Y126.342 I5.585 J12.576 E.06517
G1 X158.539 Y126.51 E.00747
G1 X158.539 Y126.532 E.0007
G1 X158.538 Y126.64 E.0033
G3 X159.583 Y131.545 I-11.968 J5.113 E.15507
G3 X159.599 Y133.133 I-39.378 J1.202 E.0488
G1 X159.627 Y133.161 E.00122
G1 X159.713 Y133.245 E.00368
G1 X159.776 Y133.239 E.00195
G1 X159.872 Y133.23 E.00298
G3 X163.739 Y131.384 I9.414 J14.751 E.13199
G3 X165.962 Y130.926 I3.85 J13.047 E.06981
G1 X166.055 Y130.872 E.00332
G1 X166.074 Y130.861 E.00067
G1 X166.127 Y130.671 E.00604
G1 X166.151 Y129.63 E.032
G2 X165.826 Y127.098 I-14.523 J.576 E.07853
G1 X165.851 Y126.874 E.00694
G1 X166.006 Y126.75 E.00611
G1 X166.233 Y126.756 E.00698
G3 X169.114 Y130.07 I-4.743 J7.034 E.13649
G3 X169.805 Y134.081 I-7.683 J3.387 E.12634
G3 X168.418 Y139.224 I-14.68 J-1.2 E.16457
G1 X168.431 Y139.286 E.00193
G2 X168.497 Y139.396 I.083 J.025 E.00442
G1 X168.584 Y139.447 E.0031
G3 X173.579 Y140.754 I-1.122 J14.483 E.15952
G3 X176.849 Y143.461 I-3.598 J7.675 E.13183
G3 X178.216 Y147.23 I-7.026 J4.68 E.12439
G1 X178.235 Y147.62 E.01199
G1 X178.103 Y147.789 E.00658
G1 X177.889 Y147.827 E.00669
G1 X177.744 Y147.748 E.00508
G2 X175.511 Y146.067 I-9.365 J10.12 E.08602
G1 X174.811 Y145.703 E.02423
G1 X174.613 Y145.65 E.00632
G1 X174.593 Y145.661 E.0007
G1 X174.5 Y145.714 E.0033
G3 X170.774 Y149.071 I-10.411 J-7.808 E.15507
G3 X169.407 Y149.88 I-20.755 J-33.543 E.0488
G1 X169.397 Y149.918 E.00122
G1 X169.367 Y150.035 E.00373
G1 X169.402 Y150.085 E.00188
G1 X169.46 Y150.164 E.003
G3 X172.991 Y152.59 I-8.068 J15.528 E.13199
G3 X174.5 Y154.286 I-9.374 J9.858 E.06981
G1 X174.593 Y154.34 E.00332
G1 X174.612 Y154.351 E.00067
G1 X174.803 Y154.302 E.00604
G1 X175.716 Y153.802 E.032
G2 X177.746 Y152.255 I-7.76 J-12.289 E.07853
G1 X177.953 Y152.164 E.00694
G1 X178.138 Y152.236 E.00611
G1 X178.246 Y152.436 E.00697
G3 X176.817 Y156.588 I-8.463 J-.59 E.1365
G3 X173.688 Y159.192 I-6.775 J-4.96 E.12634
G3 X168.541 Y160.563 I-6.301 J-13.313 E.16457
G1 X168.494 Y160.605 E.00194
G2 X168.432 Y160.717 I.021 J.085 E.00443
G1 X168.431 Y160.817 E.00307
G3 X169.792 Y165.711 I-13.168 J6.299 E.15686
G3 X169.115 Y169.929 I-8.46 J.805 E.1327
G3 X166.179 Y173.263 I-7.351 J-3.514 E.13825
G1 X165.967 Y173.233 E.00658
G1 X165.827 Y173.066 E.00669
G1 X165.822 Y172.901 E.00508
G2 X166.161 Y170.127 I-13.447 J-3.05 E.08602
G1 X166.127 Y169.339 E.02423
G1 X166.074 Y169.14 E.00632
G1 X166.054 Y169.128 E.0007
G1 X165.962 Y169.074 E.0033
G3 X161.191 Y167.526 I1.556 J-12.92 E.15507
G3 X159.796 Y166.745 I24.989 J-46.263 E.04915
G1 X159.766 Y166.755 E.00097
G1 X159.648 Y166.794 E.00381
G1 X159.628 Y166.842 E.0016
G1 X159.587 Y166.935 E.00311
G3 X159.252 Y171.206 I-17.482 J.777 E.13199
G3 X158.538 Y173.36 I-13.223 J-3.189 E.06981
G1 X158.535 Y173.477 E.00358
G1 X158.548 Y173.497 E.00074
G1 X158.612 Y173.59 E.00346
G2 X161.386 Y174.97 I6.638 J-9.862 E.0955
G1 X162.023 Y175.218 E.02099
G1 X162.124 Y175.357 E.00528
G1 X162.119 Y175.555 E.00611
G1 X161.942 Y175.711 E.00727
G3 X157.519 Y176.494 I-3.614 J-7.532 E.13974
G3 X153.891 Y175.116 I1.149 J-8.486 E.12028
G3 X150.123 Y171.338 I8.37 J-12.118 E.16486
G1 X150.063 Y171.318 E.00197
G2 X149.934 Y171.323 I-.062 J.062 E.00446
G1 X149.847 Y171.37 E.00301
G3 X146.29 Y174.996 I-12.039 J-8.254 E.15686
G3 X142.299 Y176.518 I-4.927 J-6.924 E.1327
G3 X138.593 Y175.945 I-.613 J-8.298 E.1162
G1 X138.077 Y175.727 E.01723
G1 X137.914 Y175.611 E.00614
G1 X137.866 Y175.399 E.00669
G1 X137.971 Y175.211 E.0066
G2 X139.421 Y174.665 I-31.31 J-85.319 E.04762
G2 X141.286 Y173.658 I-5.585 J-12.576 E.06517
G1 X141.461 Y173.49 E.00747
G1 X141.461 Y173.468 E.0007
G1 X141.462 Y173.36 E.0033
G3 X140.417 Y168.455 I11.968 J-5.113 E.15507
G3 X140.401 Y166.867 I39.365 J-1.201 E.0488
G1 X140.373 Y166.839 E.00123
G1 X140.29 Y166.756 E.0036
G1 X140.223 Y166.762 E.00206
G1 X140.128 Y166.77 E.00294
G3 X136.261 Y168.616 I-9.414 J-14.751 E.13199
G3 X134.038 Y169.074 I-3.85 J-13.047 E.06981
G1 X133.945 Y169.128 E.00332
G1 X133.926 Y169.139 E.00067
G1 X133.873 Y169.329 E.00604
G1 X133.849 Y170.37 E.032
G2 X134.174 Y172.902 I14.523 J-.576 E.07853
G1 X134.149 Y173.126 E.00694
G1 X133.994 Y173.25 E.00611
G1 X133.768 Y173.244 E.00697
G3 X130.886 Y169.93 I4.742 J-7.034 E.1365
G3 X130.195 Y165.919 I7.683 J-3.387 E.12634
G3 X131.582 Y160.776 I14.68 J1.2 E.16457
G1 X131.569 Y160.713 E.00196
G2 X131.501 Y160.604 I-.084 J-.023 E.00445
G1 X131.416 Y160.553 E.00303
G3 X126.498 Y159.285 I1.129 J-14.553 E.15686
G3 X123.184 Y156.59 I3.533 J-7.73 E.1327
G3 X121.765 Y152.38 I6.719 J-4.609 E.13825
G1 X121.897 Y152.211 E.00658
G1 X122.111 Y152.173 E.00669
G1 X122.256 Y152.252 E.00508
G2 X124.489 Y153.933 I9.365 J-10.12 E.08602
G1 X125.189 Y154.297 E.02423
G1 X125.387 Y154.35 E.00632
G1 X125.407 Y154.339 E.0007
G1 X125.5 Y154.286 E.0033
G3 X129.226 Y150.929 I10.411 J7.808 E.15507
G3 X130.593 Y150.12 I20.731 J33.504 E.0488
G1 X130.603 Y150.082 E.00122
G1 X130.618 Y150.024 E.00183
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X130.597 Y149.914 E-.00797
G1 X130.54 Y149.836 E-.0069
G1 X129.71 Y149.369 E-.06787
G1 X128.996 Y148.929 E-.05976
; WIPE_END
G1 E-.0075 F3600
G1 X152.133 Y151.462 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X151.694 Y151.98 E.02252
G1 X151.155 Y152.331 E.02133
G1 X150.468 Y152.559 E.02402
G3 X149.576 Y152.567 I-.48 J-3.989 E.02965
G1 X149.041 Y152.418 E.01843
M73 P32 R8
G1 X148.411 Y152.06 E.02402
G1 X147.905 Y151.543 E.02402
G1 X147.561 Y150.905 E.02402
G1 X147.406 Y150.198 E.02402
G1 X147.452 Y149.475 E.02402
G1 X147.695 Y148.793 E.02403
G1 X148.117 Y148.205 E.02402
G1 X148.685 Y147.755 E.02402
G1 X149.325 Y147.485 E.02303
G1 X149.994 Y147.395 E.02242
G1 X150.504 Y147.443 E.01698
G1 X151.126 Y147.654 E.02178
G1 X151.728 Y148.056 E.02402
G1 X152.197 Y148.607 E.02402
G1 X152.496 Y149.267 E.02403
G1 X152.602 Y149.983 E.02402
G1 X152.505 Y150.701 E.02402
G1 X152.215 Y151.365 E.02402
G1 X152.171 Y151.416 E.00224
M204 S10000
G1 X151.877 Y151.127 F30000
M204 S5000
G1 F8843.491
G1 X151.848 Y151.189 E.00229
G3 X151.429 Y151.672 I-3.192 J-2.349 E.02122
G1 X150.937 Y151.988 E.01939
G1 X150.353 Y152.169 E.02029
G1 X149.741 Y152.182 E.02029
G1 X149.15 Y152.026 E.02029
G1 X148.624 Y151.713 E.02029
G1 X148.205 Y151.268 E.02029
G1 X147.925 Y150.724 E.02029
G1 X147.806 Y150.124 E.02029
G1 X147.857 Y149.514 E.02029
G1 X148.074 Y148.942 E.02029
G1 X148.44 Y148.453 E.02029
G1 X148.927 Y148.082 E.02029
G1 X149.471 Y147.865 E.01943
G1 X150.036 Y147.8 E.01886
G1 X150.466 Y147.853 E.01438
G1 X150.99 Y148.038 E.01842
G1 X151.492 Y148.387 E.02029
G1 X151.879 Y148.861 E.02029
G1 X152.12 Y149.423 E.02029
G1 X152.197 Y150.029 E.02029
G1 X152.104 Y150.634 E.02029
G1 X151.902 Y151.072 E.01601
M204 S10000
G1 X151.531 Y150.965 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.202 Y151.353 E.01566
G1 X150.781 Y151.632 E.0155
G1 X150.301 Y151.784 E.01547
G1 X149.797 Y151.798 E.0155
G1 X149.311 Y151.673 E.01543
G1 X148.875 Y151.418 E.01552
G1 X148.529 Y151.054 E.01543
G1 X148.294 Y150.604 E.01559
G1 X148.194 Y150.113 E.01539
G1 X148.233 Y149.61 E.0155
G1 X148.41 Y149.137 E.01552
G1 X148.707 Y148.734 E.01538
G1 X149.107 Y148.426 E.01551
G1 X149.576 Y148.241 E.0155
G1 X150.076 Y148.192 E.01545
G1 X150.34 Y148.224 E.00816
G1 X150.816 Y148.386 E.01547
G1 X151.229 Y148.674 E.01547
G1 X151.531 Y149.035 E.01448
G1 X151.74 Y149.5 E.01564
G1 X151.81 Y150 E.01552
G1 X151.74 Y150.5 E.01552
G1 X151.556 Y150.91 E.0138
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X151.202 Y151.353 E-.04044
G1 X150.781 Y151.632 E-.03595
G1 X150.301 Y151.784 E-.03587
G1 X149.877 Y151.796 E-.03024
; WIPE_END
G1 E-.0075 F3600
G1 X159.947 Y147.195 F30000
G1 E.5 F2400
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X171.549 Y158.796 E.84841
G1 X172.028 Y158.636 E.02613
G1 X160.41 Y147.018 E.84961
G1 X160.73 Y146.699 E.02337
G1 X172.482 Y158.451 E.85947
G1 X172.811 Y158.141 E.02338
G1 X161.049 Y146.379 E.86012
G1 X161.369 Y146.06 E.02337
G1 X173.13 Y157.821 E.86012
G1 X173.45 Y157.502 E.02337
G1 X161.688 Y145.74 E.86012
G1 X162.008 Y145.42 E.02337
G1 X173.769 Y157.182 E.86012
G1 X174.089 Y156.862 E.02337
G1 X162.328 Y145.101 E.86012
G1 X162.647 Y144.781 E.02337
G1 X174.409 Y156.543 E.86012
G1 X174.728 Y156.223 E.02337
G1 X170.945 Y152.44 E.27667
G3 X173.622 Y155.053 I-6.606 J9.446 E.19429
G2 X174.437 Y155.509 I1.134 J-1.068 E.04909
G1 X174.663 Y155.519 E.01169
G1 X175.459 Y156.314 E.05817
G1 X175.531 Y156.343 E.00404
G1 X175.791 Y156.008 E.02196
G1 X175.029 Y155.246 E.05572
G1 X167.199 Y156.683 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G1 X166.474 Y157.407 E.03399
G1 X166.047 Y156.98 E.02002
G1 X162.517 Y160.511 E.16562
G1 X166.355 Y164.349 E.18005
G1 X167.971 Y162.733 E.0758
G3 X167.315 Y161.054 I70.488 J-28.483 E.05981
G3 X167.576 Y159.9 I1.293 J-.314 E.04066
G1 X161.941 Y154.265 E.26435
G1 X160.789 Y155.416 E.05401
G1 X162.082 Y153.804 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X150.177 Y141.899 E.87059
G1 X150.497 Y141.58 E.02337
G1 X162.258 Y153.341 E.86012
G1 X162.578 Y153.022 E.02337
G1 X150.816 Y141.26 E.86012
G1 X151.136 Y140.941 E.02337
G1 X166.735 Y156.54 E1.14079
G1 X167.055 Y156.22 E.02337
G1 X151.456 Y140.621 E1.14079
G1 X151.775 Y140.301 E.02337
G1 X167.375 Y155.901 E1.14079
G1 X167.694 Y155.581 E.02337
G1 X159.771 Y147.658 E.57945
G1 X159.505 Y147.923 E.01941
G1 X155.915 Y144.333 E.26257
G1 X156.18 Y144.067 E.01941
G1 X152.095 Y139.982 E.29877
M73 P33 R8
G1 X152.414 Y139.662 E.02337
G1 X156.5 Y143.748 E.29877
G1 X156.82 Y143.428 E.02337
G1 X152.734 Y139.343 E.29877
G1 X153.054 Y139.023 E.02337
G1 X157.139 Y143.108 E.29877
G1 X157.459 Y142.789 E.02337
G1 X142.315 Y127.645 E1.10747
G2 X142.15 Y128.12 I3.962 J1.64 E.02599
G1 X149.463 Y135.432 E.53479
G1 X149.144 Y135.752 E.02337
G1 X142.002 Y128.611 E.52223
G2 X141.873 Y129.12 I3.842 J1.25 E.0272
G1 X148.824 Y136.072 E.50835
G1 X148.504 Y136.391 E.02337
G1 X141.768 Y129.655 E.49261
G2 X141.689 Y130.215 I4.418 J.915 E.02924
G1 X148.185 Y136.711 E.47507
G1 X147.865 Y137.03 E.02337
G1 X141.629 Y130.794 E.45605
G2 X141.59 Y131.395 I5.067 J.629 E.03113
G1 X147.546 Y137.35 E.43552
G1 X147.226 Y137.67 E.02337
G1 X141.58 Y132.024 E.41288
G1 X141.57 Y132.653 E.03254
G1 X146.906 Y137.989 E.39025
G1 X146.587 Y138.309 E.02337
G1 X141.56 Y133.282 E.36761
G3 X141.38 Y133.741 I-1.415 J-.291 E.02562
G1 X161.619 Y153.98 E1.48011
G1 X161.299 Y154.3 E.02337
G1 X141.096 Y134.097 E1.47748
G3 X140.69 Y134.329 I-1.017 J-1.303 E.0243
G1 X160.98 Y154.62 E1.48383
G1 X160.66 Y154.939 E.02337
G1 X140.12 Y134.399 E1.50209
G3 X139.612 Y134.276 I-.002 J-1.106 E.02732
G1 X138.995 Y133.913 E.03701
G1 X160.341 Y155.259 E1.56102
G1 X160.021 Y155.578 E.02337
G1 X137.212 Y132.769 E1.66804
G1 X132.969 Y131.083 F30000
G1 F3000
G1 X132.11 Y130.224 E.06278
G1 X131.905 Y130.659 E.02484
G1 X148.619 Y147.373 E1.2223
G3 X149.078 Y147.192 I.909 J1.628 E.02555
G1 X133.979 Y132.093 E1.10418
G1 X134.738 Y132.213 E.03974
G1 X149.595 Y147.07 E1.08653
M73 P34 R8
G3 X150.199 Y147.035 I.425 J2.086 E.03139
G1 X135.569 Y132.405 E1.06992
G3 X136.505 Y132.702 I-1.806 J7.325 E.0508
G1 X151.042 Y147.238 E1.06308
G1 X151.315 Y147.334 E.01496
G3 X152.096 Y147.892 I-2.867 J4.837 E.04973
G1 X152.549 Y148.466 E.03779
G1 X152.764 Y148.96 E.02787
G1 X159.701 Y155.898 E.50736
G1 X159.382 Y156.218 E.02337
G1 X152.94 Y149.776 E.47105
G1 X152.972 Y150.114 E.01756
G1 X152.923 Y150.398 E.01491
G1 X159.062 Y156.537 E.44893
G1 X158.743 Y156.857 E.02337
G1 X152.819 Y150.934 E.43318
G1 X152.617 Y151.371 E.0249
G1 X158.423 Y157.176 E.42458
G1 X158.103 Y157.496 E.02337
G1 X152.377 Y151.77 E.41876
G1 X152.074 Y152.106 E.0234
G1 X168.41 Y168.441 E1.19463
G3 X168.258 Y168.929 I-3.313 J-.764 E.02643
G1 X151.726 Y152.397 E1.209
G1 X151.339 Y152.65 E.02388
G1 X168.074 Y169.385 E1.22385
G3 X167.9 Y169.738 I-2.398 J-.963 E.02038
G1 X167.723 Y169.672 E.0098
G1 X167.291 Y169.24 E.03159
G2 X167.259 Y168.999 I-1.146 J.026 E.01262
G2 X165.944 Y167.894 I-1.367 J.292 E.09564
G1 X150.869 Y152.819 E1.10243
G1 X150.359 Y152.947 E.02723
G1 X165.174 Y167.763 E1.08346
G3 X164.34 Y167.568 I2.264 J-11.59 E.04427
G1 X149.727 Y152.955 E1.06866
G3 X149.485 Y152.923 I-.028 J-.716 E.01269
G1 X148.876 Y152.743 E.03288
G1 X163.397 Y167.264 E1.06196
G3 X162.245 Y166.752 I3.636 J-9.722 E.06522
G1 X139.947 Y144.453 E1.63069
G1 X139.627 Y144.773 E.02337
G1 X160.85 Y165.995 E1.55199
G1 X160.388 Y165.724 E.02769
G1 X160.181 Y165.642 E.01152
G1 X159.81 Y165.595 E.01933
G1 X139.308 Y145.093 E1.49934
G1 X138.988 Y145.412 E.02337
G1 X159.265 Y165.689 E1.48286
M73 P35 R8
G2 X158.926 Y165.88 I.632 J1.519 E.02016
G1 X158.869 Y165.932 E.00401
G1 X138.669 Y145.732 E1.47724
G1 X138.349 Y146.052 E.02337
G1 X158.598 Y166.301 E1.48084
G2 X158.433 Y166.774 I.819 J.553 E.02623
G1 X138.029 Y146.371 E1.49208
G1 X137.71 Y146.691 E.02337
G1 X149.471 Y158.452 E.86012
G1 X149.152 Y158.772 E.02337
G1 X137.39 Y147.01 E.86012
G1 X137.173 Y147.228 E.01591
G1 X133.335 Y143.39 E.28067
G1 X133.233 Y143.492 E.00746
G1 X148.832 Y159.091 E1.14079
G1 X148.512 Y159.411 E.02337
G1 X132.913 Y143.812 E1.14079
G1 X132.593 Y144.131 E.02337
G1 X148.193 Y159.731 E1.14079
G1 X147.873 Y160.05 E.02337
G1 X128.738 Y140.915 E1.39939
G1 X126.055 Y142.707 F30000
G1 F3000
G1 X137.96 Y154.611 E.87059
G1 X138.28 Y154.292 E.02337
G1 X126.518 Y142.53 E.86012
G1 X126.838 Y142.211 E.02337
G1 X138.599 Y153.972 E.86012
G1 X138.919 Y153.653 E.02337
G1 X127.157 Y141.891 E.86012
G1 X127.325 Y141.724 E.01226
G1 X127.336 Y141.623 E.00525
G1 X127.472 Y141.567 E.0076
G1 X139.238 Y153.333 E.86045
G1 X139.558 Y153.013 E.02337
G1 X127.926 Y141.382 E.85064
G3 X128.404 Y141.22 I1.473 J3.555 E.02608
G1 X140.021 Y152.837 E.84958
G1 X138.913 Y154.265 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G1 X141.897 Y157.249 E.14001
G1 X142.366 Y157.1 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X146.595 Y161.329 E.30925
G1 X146.914 Y161.009 E.02337
G1 X142.829 Y156.924 E.29877
G1 X143.149 Y156.604 E.02337
G1 X147.234 Y160.689 E.29877
G1 X147.554 Y160.37 E.02337
G1 X143.325 Y156.141 E.30925
G1 X139.49 Y159.976 F30000
G1 F3000
G1 X147.556 Y168.043 E.58992
M73 P36 R8
G1 X147.876 Y167.723 E.02337
G1 X139.952 Y159.8 E.57945
G1 X140.272 Y159.48 E.02337
G1 X148.196 Y167.404 E.57945
G1 X148.515 Y167.084 E.02337
G1 X140.592 Y159.161 E.57945
G1 X140.911 Y158.841 E.02337
G1 X148.835 Y166.765 E.57945
G1 X149.154 Y166.445 E.02337
G1 X141.231 Y158.522 E.57945
G1 X141.551 Y158.202 E.02337
G1 X149.474 Y166.125 E.57945
G1 X149.794 Y165.806 E.02337
G1 X141.87 Y157.882 E.57945
G1 X142.19 Y157.563 E.02337
G1 X150.256 Y165.629 E.58992
G1 X150.042 Y164.776 F30000
G1 F3000
G1 X157.674 Y172.408 E.55813
G1 X157.834 Y171.928 E.02614
G1 X150.505 Y164.6 E.53596
G1 X150.825 Y164.28 E.02337
G1 X157.984 Y171.44 E.52359
G2 X158.117 Y170.933 I-3.822 J-1.272 E.02709
G1 X151.144 Y163.96 E.50992
G1 X151.464 Y163.641 E.02337
G1 X158.221 Y170.398 E.49418
G1 X158.304 Y169.842 E.02909
G1 X151.783 Y163.321 E.47687
G1 X152.103 Y163.001 E.02337
G1 X158.367 Y169.265 E.45806
G2 X158.409 Y168.669 I-5.837 J-.717 E.03094
G1 X152.423 Y162.682 E.43781
G1 X152.742 Y162.362 E.02337
G1 X158.424 Y168.044 E.41554
G2 X158.43 Y167.411 I-12.583 J-.44 E.03274
G1 X152.919 Y161.899 E.40309
G1 X153.56 Y168.934 F30000
G1 F3000
G1 X157.488 Y172.861 E.2872
G2 X157.373 Y173.385 I1.096 J.515 E.02798
G1 X153.241 Y169.253 E.30216
G1 X152.921 Y169.573 F30000
G1 F3000
G1 X158.832 Y175.483 E.43222
G1 X154.413 Y174.083 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G2 X155.837 Y174.867 I7.029 J-11.077 E.05396
G1 X156.521 Y174.182 E.03213
G1 X152.683 Y170.345 E.18005
G1 X151.615 Y171.413 E.05012
G1 X150.995 Y170.592 E.03413
G2 X148.928 Y170.687 I-.992 J.937 E.07788
G3 X148.383 Y171.411 I-7.004 J-4.713 E.03008
G1 X146.589 Y169.617 E.08416
G1 X147.74 Y168.465 E.05401
G1 X142.162 Y174.154 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X143.185 Y175.178 E.07483
G2 X143.677 Y175.031 I-.548 J-2.733 E.0266
G1 X142.551 Y173.889 E.08293
G2 X142.628 Y173.342 I-1.149 J-.44 E.02879
G1 X144.14 Y174.854 E.11056
G2 X144.577 Y174.652 I-1.016 J-2.767 E.02492
G1 X142.337 Y172.412 E.16375
G3 X142.02 Y171.456 I11.877 J-4.472 E.05213
G1 X144.992 Y174.428 E.21737
G2 X145.39 Y174.186 I-1.8 J-3.408 E.02407
G1 X141.822 Y170.618 E.26095
G3 X141.698 Y169.855 I6.019 J-1.37 E.04001
G1 X145.771 Y173.928 E.29788
G2 X146.135 Y173.653 I-1.757 J-2.708 E.02362
G1 X141.627 Y169.145 E.32973
G3 X141.585 Y168.464 I7.397 J-.788 E.03526
G1 X146.485 Y173.364 E.3583
G2 X146.831 Y173.071 I-2.151 J-2.889 E.02347
G1 X141.57 Y167.81 E.38473
G3 X141.573 Y167.174 I10.558 J-.266 E.0329
G1 X147.159 Y172.759 E.4085
G1 X147.47 Y172.431 E.02338
G1 X128.167 Y153.129 E1.41161
G1 X128.183 Y153.115 E.00107
G3 X128.519 Y152.841 I2.352 J2.54 E.02243
G1 X147.781 Y172.103 E1.40864
G1 X147.91 Y171.966 E.00973
G1 X145.772 Y169.828 E.1564
G1 X145.958 Y169.641 E.01364
G1 X128.881 Y152.564 E1.24888
M73 P37 R8
G3 X129.26 Y152.303 I2.33 J2.983 E.02378
G1 X146.278 Y169.322 E1.24456
G1 X146.598 Y169.002 E.02337
G1 X129.641 Y152.046 E1.24
G3 X130.037 Y151.802 I2.856 J4.189 E.02403
G1 X146.917 Y168.682 E1.23446
G1 X147.237 Y168.363 E.02337
G1 X130.435 Y151.561 E1.22871
G1 X130.843 Y151.329 E.02424
G1 X136.042 Y156.529 E.38026
G1 X136.362 Y156.21 E.02337
G1 X131.245 Y151.092 E.37424
G2 X131.549 Y150.757 I-.773 J-1.009 E.02352
G1 X136.682 Y155.89 E.37535
G1 X137.001 Y155.57 E.02337
G1 X131.754 Y150.323 E.38373
G2 X131.77 Y149.7 I-1.933 J-.362 E.03237
G1 X137.321 Y155.251 E.40593
G1 X137.64 Y154.931 E.02337
G1 X125.879 Y143.17 E.86012
G1 X125.559 Y143.489 E.02337
G1 X130.609 Y148.539 E.36927
G3 X128.823 Y147.392 I9.152 J-16.219 E.1098
G1 X125.204 Y143.773 E.26465
G1 X124.59 Y143.526 E.03423
G1 X124.46 Y143.669 E.00999
G1 X125.482 Y144.69 E.07468
G1 X132.61 Y143.508 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G1 X133.335 Y142.784 E.03399
G1 X133.761 Y143.211 E.02002
G1 X137.61 Y139.362 E.18055
G1 X133.772 Y135.524 E.18005
G1 X132.029 Y137.267 E.08176
G3 X132.685 Y138.946 I-70.487 J28.483 E.05981
G3 X132.425 Y140.101 I-1.29 J.317 E.0407
G1 X138.059 Y145.735 E.2643
G1 X139.211 Y144.584 E.05401
G1 X140.123 Y143.991 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X147.265 Y151.133 E.5223
G3 X147.148 Y150.821 I.857 J-.502 E.01732
G1 X147.046 Y150.274 E.02875
G1 X140.586 Y143.814 E.47242
G1 X140.906 Y143.495 E.02337
G1 X147.07 Y149.659 E.45079
G1 X147.108 Y149.301 E.01861
G1 X147.175 Y149.125 E.00975
G1 X141.225 Y143.175 E.43512
G1 X141.545 Y142.855 E.02337
G1 X147.352 Y148.662 E.42466
G3 X147.603 Y148.274 I1.605 J.765 E.02397
G1 X131.46 Y132.131 E1.18056
G3 X131.574 Y131.606 I18.077 J3.657 E.02778
G1 X147.884 Y147.916 E1.19275
G1 X148.24 Y147.632 E.02352
G1 X131.567 Y130.96 E1.21925
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X132.982 Y132.374 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X142.342 Y127.033 F30000
G1 E.5 F2400
G1 F3000
G1 X146.264 Y130.955 E.28683
G1 X146.584 Y130.636 E.02337
G1 X142.615 Y126.667 E.29025
G1 X142.639 Y126.051 E.03185
G1 X147.047 Y130.459 E.32236
G1 X149.712 Y134.403 F30000
G1 F3000
G1 X157.778 Y142.469 E.58992
G1 X158.098 Y142.15 E.02337
G1 X150.174 Y134.226 E.57945
G1 X150.494 Y133.906 E.02337
G1 X158.418 Y141.83 E.57945
G1 X158.737 Y141.51 E.02337
G1 X150.814 Y133.587 E.57945
M73 P38 R8
G1 X151.133 Y133.267 E.02337
G1 X159.057 Y141.191 E.57945
G1 X159.376 Y140.871 E.02337
G1 X151.453 Y132.948 E.57945
G1 X151.772 Y132.628 E.02337
G1 X159.696 Y140.552 E.57945
G1 X160.016 Y140.232 E.02337
G1 X152.092 Y132.308 E.57945
G1 X152.412 Y131.989 E.02337
G1 X160.478 Y140.056 E.58992
G1 X158.103 Y142.751 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G1 X161.087 Y145.735 E.14001
G1 X162.824 Y144.318 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X168.236 Y149.731 E.39581
G3 X168.424 Y149.279 I.946 J.128 E.02557
G1 X163.286 Y144.142 E.37568
G1 X163.606 Y143.822 E.02337
G1 X168.723 Y148.939 E.37418
G1 X168.778 Y148.886 E.00396
G1 X169.117 Y148.694 E.02013
G1 X163.782 Y143.36 E.39009
G1 X170.514 Y140.911 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G3 X172.074 Y141.37 I-1.995 J9.66 E.05401
G1 X172.601 Y141.897 E.02473
G1 X171.617 Y142.882 E.04619
G1 X171.45 Y142.715 E.00782
G1 X172.734 Y142.084 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X175.137 Y144.487 E.17571
G1 X174.497 Y144.486 E.0331
G1 X172.558 Y142.547 E.14181
G1 X172.238 Y142.866 E.02337
G1 X174.017 Y144.645 E.1301
G2 X173.651 Y144.919 I.39 J.904 E.02383
G1 X171.919 Y143.186 E.12671
G1 X171.617 Y143.488 E.02209
G1 X168.769 Y140.641 E.20822
G1 X168.73 Y140.636 E.00206
G1 X173.361 Y145.268 E.33872
G1 X173.072 Y145.618 E.02348
G1 X161.241 Y133.787 E.86517
G1 X160.831 Y134.016 E.02429
G1 X172.776 Y145.961 E.87351
G1 X172.464 Y146.288 E.02338
G1 X160.421 Y134.246 E.8807
G3 X159.991 Y134.399 I-.493 J-.701 E.02391
G1 X159.935 Y134.399 E.00288
G1 X172.138 Y146.602 E.8924
G3 X171.798 Y146.901 I-3.249 J-3.345 E.02343
G1 X152.499 Y127.602 E1.41139
G1 X152.213 Y127.903 E.02148
G1 X154.355 Y130.045 E.15665
G1 X154.329 Y130.071 E.0019
G1 X171.445 Y147.187 E1.25167
G1 X171.083 Y147.464 E.02358
G1 X154.01 Y130.391 E1.24857
G1 X153.69 Y130.71 E.02337
G1 X170.702 Y147.723 E1.2441
G1 X170.32 Y147.98 E.02381
G1 X153.371 Y131.03 E1.23955
G1 X153.051 Y131.35 E.02337
G1 X169.923 Y148.222 E1.2339
G3 X169.524 Y148.462 I-4.184 J-6.513 E.02409
G1 X152.588 Y131.526 E1.23854
G1 X152.667 Y127.13 F30000
G1 F3000
G1 X158.425 Y132.889 E.42112
M73 P39 R7
G1 X158.431 Y132.255 E.03277
G1 X153.136 Y126.96 E.38718
G3 X153.48 Y126.665 I2.513 J2.58 E.02346
G1 X158.416 Y131.601 E.36097
G2 X158.378 Y130.924 I-7.401 J.074 E.03508
G1 X153.83 Y126.376 E.33263
G3 X154.192 Y126.098 I2.137 J2.416 E.0236
G1 X158.312 Y130.219 E.30131
G2 X158.194 Y129.461 I-6.094 J.563 E.03966
G1 X154.571 Y125.838 E.26494
G3 X154.966 Y125.595 I2.214 J3.149 E.02404
G1 X158.003 Y128.631 E.22205
G2 X157.705 Y127.694 I-13.509 J3.78 E.05087
G1 X155.38 Y125.369 E.16999
G3 X155.814 Y125.164 I1.47 J2.545 E.02485
G1 X157.387 Y126.737 E.11505
G3 X157.438 Y126.149 I.98 J-.212 E.03101
G1 X156.277 Y124.987 E.08493
G3 X156.765 Y124.836 I1.059 J2.564 E.02647
G1 X157.802 Y125.874 E.07584
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X156.765 Y124.836 E-.1045
G1 X156.277 Y124.987 E-.03642
G1 X156.292 Y125.003 E-.00157
; WIPE_END
G1 E-.0075 F3600
G1 X161.502 Y133.409 F30000
G1 E.5 F2400
G1 F3000
G1 X167.271 Y139.177 E.42183
G3 X167.391 Y138.658 I1.168 J-.004 E.02781
G1 X162.064 Y133.332 E.3895
G1 X162.496 Y133.124 E.02476
G1 X167.581 Y138.209 E.37185
G1 X167.771 Y137.76 E.02522
G1 X162.938 Y132.927 E.35346
G1 X163.389 Y132.739 E.02529
G1 X167.937 Y137.286 E.33256
G1 X168.102 Y136.813 E.02594
G1 X163.864 Y132.575 E.30995
G3 X164.354 Y132.426 I1.942 J5.508 E.0265
G1 X168.24 Y136.312 E.28419
G1 X168.376 Y135.808 E.02698
G1 X164.863 Y132.295 E.2569
G1 X165.393 Y132.186 E.028
G1 X168.486 Y135.279 E.22615
G2 X168.565 Y134.719 I-4.223 J-.887 E.02925
G1 X165.946 Y132.1 E.19154
G1 X166.304 Y132.045 E.0187
G1 X166.459 Y131.973 E.00883
G1 X168.324 Y133.839 E.13642
G1 X167.558 Y132.69 E.07142
G1 X167.686 Y132.561 E.00939
G1 X166.847 Y131.722 E.06139
G2 X167.132 Y131.368 I-.496 J-.691 E.0238
G1 X168.149 Y132.385 E.07439
G1 X168.435 Y131.565 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G1 X168.186 Y131.814 E.01171
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X168.435 Y131.565 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X174.748 Y142.859 F30000
G1 E.5 F2400
G1 F8843.478
G2 X173.399 Y141.952 I-6.927 J8.845 E.05395
G1 X173.316 Y142.036 E.00391
G1 X174.467 Y143.187 E.05401
G1 X161.87 Y160.624 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X166.099 Y164.852 E.30925
G1 X165.857 Y165.094 E.01766
G1 X168.549 Y167.785 E.1968
G1 X168.527 Y167.92 E.00705
G1 X161.551 Y160.943 E.51019
G1 X140.198 Y165.799 F30000
G1 F3000
G1 X127.829 Y153.43 E.90457
G2 X127.505 Y153.744 I3.314 J3.74 E.02338
G1 X139.535 Y165.774 E.87975
G1 X139.13 Y166.009 E.02418
G1 X127.193 Y154.072 E.87299
G2 X126.961 Y154.343 I1.856 J1.824 E.01847
G1 X126.899 Y154.417 E.00499
G1 X138.724 Y166.242 E.86475
G1 X138.31 Y166.468 E.02436
G1 X132.729 Y160.886 E.40821
G3 X132.59 Y161.387 I-1.249 J-.075 E.02708
G1 X137.892 Y166.689 E.38774
G1 X137.461 Y166.897 E.02476
G1 X132.4 Y161.836 E.37009
G2 X132.213 Y162.287 I3.448 J1.699 E.0253
G1 X137.017 Y167.092 E.35137
G3 X136.564 Y167.278 I-1.708 J-3.519 E.02535
G1 X132.047 Y162.761 E.33035
G2 X131.881 Y163.235 I3.083 J1.343 E.02597
G1 X136.088 Y167.442 E.30766
G3 X135.595 Y167.588 I-1.369 J-3.707 E.02661
G1 X131.746 Y163.739 E.28151
G2 X131.612 Y164.244 I4.081 J1.353 E.02704
G1 X135.084 Y167.716 E.25393
G3 X134.552 Y167.823 I-1.194 J-4.553 E.02808
G1 X131.504 Y164.775 E.22292
G1 X131.427 Y165.337 E.02935
G1 X133.994 Y167.904 E.18775
G2 X133.498 Y168.047 I.069 J1.179 E.02694
G1 X132.438 Y166.988 E.07746
G1 X132.571 Y167.182 E.01214
G1 X132.282 Y167.471 E.02113
G1 X133.116 Y168.305 E.06102
G1 X133.01 Y168.409 E.00768
G1 X132.843 Y168.671 E.01608
G1 X131.819 Y167.647 E.07491
G1 X131.782 Y168.218 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G1 X131.565 Y168.435 E.01021
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X131.782 Y168.218 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X125.341 Y156.367 F30000
G1 E.5 F2400
G1 F8843.478
G1 X124.374 Y155.4 E.04537
G1 X124.624 Y155.328 E.00864
G1 X124.554 Y155.258 E.00331
G3 X123.408 Y154.597 I3.253 J-6.973 E.04393
G2 X126.601 Y158.048 I6.141 J-2.481 E.15941
G1 X126.811 Y157.837 E.00988
G1 X127.238 Y158.264 E.02002
G1 X127.399 Y158.103 E.00756
G1 X127.926 Y158.63 E.02473
G2 X129.486 Y159.089 I3.555 J-9.2 E.05401
G1 X126.466 Y154.623 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.401991
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X128.369 Y156.526 E.13919
G1 X128.05 Y156.846 E.02337
G1 X126.319 Y155.116 E.12654
G3 X125.939 Y155.374 I-.978 J-1.028 E.0239
G1 X127.73 Y157.166 E.13099
G1 X127.41 Y157.485 E.02337
G1 X125.296 Y155.371 E.15459
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X126.711 Y156.786 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X142.603 Y124.68 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
; LAYER_HEIGHT: 0.2
G1 F8843.478
G3 X144.162 Y125.134 I-1.8 J9.068 E.05393
G1 X143.288 Y126.008 E.04101
G1 X147.126 Y129.846 E.18005
G1 X148.384 Y128.588 E.05903
G2 X149.505 Y129.751 I2.533 J-1.32 E.05433
G2 X151.072 Y129.313 I.493 J-1.256 E.05791
G3 X151.617 Y128.589 I7.004 J4.713 E.03008
G1 X153.411 Y130.383 E.08416
G1 X152.26 Y131.535 E.05401
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 1.4
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X153.411 Y130.383 E-.11602
G1 X153.148 Y130.12 E-.02648
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X131.41 Y149.814 Z1.4 F30000
M73 P40 R7
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X131.41 Y149.777 E.00122
G1 X131.216 Y149.396 E.01419
G1 X131 Y149.186 E.00999
G3 X128.725 Y147.78 I12.939 J-23.471 E.08877
G3 X126.114 Y145.202 I6.969 J-9.671 E.12218
G1 X125.955 Y145.06 E.00707
G1 X125.594 Y144.873 E.01349
G1 X125.168 Y144.871 E.01412
G1 X124.894 Y144.957 E.00954
G1 X123.893 Y145.5 E.03778
G2 X122.771 Y146.276 I4.587 J7.831 E.04528
G3 X126.002 Y141.894 I6.676 J1.541 E.18569
G3 X129.879 Y140.469 I5.989 J10.301 E.13773
G3 X131.595 Y140.227 I3.91 J21.562 E.05749
G1 X131.969 Y140.05 E.0137
G1 X132.158 Y139.887 E.00829
G1 X132.365 Y139.456 E.01588
G1 X132.347 Y139.033 E.01405
G2 X131.805 Y137.675 I-38.079 J14.439 E.0485
G3 X130.979 Y133.516 I11.638 J-4.471 E.14132
G3 X132.273 Y129.286 I7.061 J-.153 E.14924
G1 X132.585 Y128.888 E.01677
G1 X133.156 Y128.286 E.02752
G2 X133.053 Y130.402 I15.868 J1.828 E.0703
G1 X133.131 Y131.061 E.02203
G1 X133.35 Y131.406 E.01353
G1 X133.558 Y131.583 E.00909
G1 X133.926 Y131.717 E.01297
G3 X137.753 Y132.838 I-1.292 J11.499 E.13295
G3 X139.801 Y133.96 I-11.518 J23.464 E.07748
G1 X140.222 Y134.044 E.01425
G1 X140.471 Y134.023 E.00828
G1 X140.901 Y133.787 E.01625
G1 X141.133 Y133.428 E.01419
G1 X141.205 Y133.139 E.00988
G3 X141.417 Y129.537 I20.124 J-.62 E.11984
G3 X142.221 Y126.892 I11.94 J2.183 E.09191
G1 X142.259 Y126.468 E.01409
G1 X142.185 Y126.169 E.01022
G1 X141.894 Y125.79 E.01585
G2 X140.155 Y124.787 I-9.342 J14.18 E.06661
G1 X139.61 Y124.556 E.01966
G3 X145.011 Y125.159 I2.002 J6.572 E.18536
G3 X148.194 Y127.809 I-5.916 J10.342 E.13809
G3 X149.331 Y129.24 I-31.657 J26.313 E.06063
G1 X149.743 Y129.472 E.01569
G1 X150.165 Y129.483 E.014
G1 X150.443 Y129.397 E.00965
G1 X150.798 Y129.101 E.01532
G3 X154.229 Y125.62 I11.341 J7.747 E.16301
G3 X156.636 Y124.487 I4.778 J7.028 E.08861
G1 X157.478 Y124.323 E.02846
G3 X159.279 Y124.319 I.922 J8.587 E.05983
G3 X160.391 Y124.557 I-.836 J6.619 E.03779
G2 X158.885 Y125.312 I5.054 J11.973 E.05592
G2 X157.964 Y125.926 I2.328 J4.49 E.0368
G1 X157.781 Y126.27 E.01294
G1 X157.73 Y126.548 E.00936
G1 X157.797 Y126.938 E.01313
G3 X158.739 Y130.813 I-10.605 J4.631 E.13295
G3 X158.792 Y133.147 I-26.07 J1.756 E.07748
G1 X158.933 Y133.56 E.01445
G1 X159.098 Y133.782 E.00921
G1 X159.488 Y134.012 E.01501
G1 X159.915 Y134.035 E.01419
G1 X160.205 Y133.952 E.00999
G3 X162.56 Y132.685 I13.857 J22.94 E.08876
G3 X166.098 Y131.713 I4.891 J10.871 E.12219
G1 X166.3 Y131.646 E.00707
G1 X166.643 Y131.427 E.01349
G1 X166.858 Y131.06 E.01412
G1 X166.92 Y130.779 E.00953
G1 X166.951 Y129.641 E.03778
G2 X166.84 Y128.282 I-9.076 J.057 E.04528
G3 X169.019 Y133.27 I-4.673 J5.011 E.18569
G3 X168.315 Y137.341 I-11.915 J.036 E.13773
G3 X167.666 Y138.947 I-20.627 J-7.394 E.05749
G1 X167.632 Y139.359 E.0137
G1 X167.679 Y139.605 E.00829
G1 X167.949 Y139.999 E.01588
G1 X168.324 Y140.196 E.01405
G2 X169.772 Y140.405 I6.538 J-40.221 E.04851
G3 X173.766 Y141.758 I-1.953 J12.338 E.14058
G1 X174.224 Y142.037 E.01777
G1 X174.975 Y142.591 E.03096
G3 X176.413 Y144.279 I-4.176 J5.015 E.07391
G3 X177.227 Y146.269 I-5.933 J3.589 E.07162
G2 X175.426 Y145.113 I-9.768 J13.243 E.07105
G1 X174.836 Y144.861 E.02128
G1 X174.441 Y144.874 E.01312
G1 X174.175 Y144.968 E.00935
G1 X173.871 Y145.221 E.01312
G3 X170.986 Y147.975 I-9.313 J-6.868 E.13295
G3 X168.991 Y149.187 I-14.562 J-21.708 E.07748
G1 X168.707 Y149.51 E.01425
G1 X168.593 Y149.781 E.00974
G1 X168.593 Y150.234 E.01503
G1 X168.786 Y150.607 E.01394
G1 X169 Y150.814 E.00988
G3 X171.275 Y152.22 I-12.941 J23.475 E.08877
G3 X173.886 Y154.798 I-6.969 J9.671 E.12218
G1 X174.045 Y154.94 E.00707
G1 X174.406 Y155.127 E.01349
G1 X174.832 Y155.129 E.01412
G1 X175.106 Y155.043 E.00954
G1 X176.107 Y154.5 E.03778
G2 X177.229 Y153.724 I-4.587 J-7.831 E.04528
G3 X173.998 Y158.106 I-6.676 J-1.541 E.18569
G3 X170.121 Y159.531 I-5.989 J-10.301 E.13773
G3 X168.405 Y159.773 I-3.91 J-21.562 E.05749
G1 X168.031 Y159.95 E.01371
G1 X167.842 Y160.113 E.00829
G1 X167.636 Y160.54 E.01573
G1 X167.653 Y160.968 E.01419
G2 X168.195 Y162.325 I38.149 J-14.468 E.0485
G3 X169.021 Y166.461 I-11.661 J4.478 E.14059
G1 X169.008 Y166.997 E.01777
G1 X168.903 Y167.924 E.03096
G3 X168.161 Y170.013 I-6.431 J-1.109 E.0739
G3 X166.844 Y171.714 I-6.075 J-3.344 E.07162
G2 X166.945 Y169.576 I-16.356 J-1.839 E.07105
G1 X166.869 Y168.939 E.02128
G1 X166.66 Y168.603 E.01312
G1 X166.445 Y168.42 E.00935
G1 X166.074 Y168.283 E.01312
G3 X162.247 Y167.162 I1.292 J-11.499 E.13295
G3 X160.199 Y166.04 I11.516 J-23.459 E.07748
G1 X159.768 Y165.956 E.01457
G1 X159.474 Y165.996 E.00984
G1 X159.082 Y166.23 E.01514
G1 X158.866 Y166.575 E.01349
G1 X158.795 Y166.861 E.0098
G3 X158.583 Y170.463 I-20.121 J.621 E.11984
G3 X157.779 Y173.108 I-11.94 J-2.183 E.09191
G1 X157.744 Y173.546 E.01455
G1 X157.816 Y173.836 E.00993
G1 X158.106 Y174.21 E.01569
G2 X159.845 Y175.213 I8.932 J-13.469 E.06662
G1 X160.389 Y175.443 E.0196
G3 X159.497 Y175.651 I-1.923 J-6.224 E.03041
G1 X158.458 Y175.746 E.03459
G3 X155.041 Y174.869 I.003 J-7.105 E.11826
G3 X151.806 Y172.191 I5.817 J-10.322 E.14006
G3 X150.669 Y170.76 I31.65 J-26.307 E.06063
G1 X150.259 Y170.529 E.01562
G1 X149.835 Y170.517 E.01406
G1 X149.555 Y170.605 E.00975
G1 X149.202 Y170.899 E.01522
G3 X145.771 Y174.38 I-11.341 J-7.747 E.16301
G3 X142.319 Y175.706 I-4.401 J-6.3 E.12389
G3 X139.617 Y175.444 I-.678 J-7.079 E.0906
G2 X141.488 Y174.485 I-6.777 J-15.519 E.06979
G1 X142.036 Y174.075 E.02269
G1 X142.219 Y173.73 E.01297
G1 X142.27 Y173.452 E.00936
G1 X142.203 Y173.062 E.01313
G3 X141.261 Y169.187 I10.605 J-4.631 E.13295
G3 X141.201 Y166.794 I30.588 J-1.962 E.07944
G1 X141.053 Y166.405 E.0138
G1 X140.867 Y166.193 E.00937
G1 X140.486 Y165.98 E.01447
G1 X140.05 Y165.967 E.01444
G1 X139.795 Y166.048 E.00888
G3 X137.44 Y167.315 I-13.856 J-22.938 E.08876
G3 X133.902 Y168.287 I-4.891 J-10.871 E.12219
G1 X133.7 Y168.354 E.00707
G1 X133.357 Y168.573 E.01349
G1 X133.142 Y168.94 E.01412
G1 X133.08 Y169.221 E.00953
G1 X133.049 Y170.359 E.03778
G2 X133.16 Y171.718 I9.075 J-.057 E.04528
G3 X130.981 Y166.73 I4.673 J-5.011 E.18569
G3 X131.685 Y162.659 I11.915 J-.036 E.13773
G3 X132.334 Y161.053 I20.627 J7.394 E.05749
G1 X132.368 Y160.641 E.0137
G1 X132.321 Y160.396 E.00828
G1 X132.053 Y160.002 E.01581
G1 X131.675 Y159.804 E.01414
G2 X130.228 Y159.595 I-6.55 J40.312 E.0485
G3 X126.234 Y158.242 I1.953 J-12.338 E.14058
G1 X125.776 Y157.963 E.01777
G1 X125.025 Y157.409 E.03096
G3 X123.587 Y155.721 I4.176 J-5.015 E.0739
G3 X122.773 Y153.731 I5.933 J-3.589 E.07162
G2 X124.574 Y154.887 I9.769 J-13.243 E.07105
G1 X125.164 Y155.139 E.02128
G1 X125.559 Y155.126 E.01312
G1 X125.825 Y155.032 E.00935
G1 X126.129 Y154.779 E.01312
G3 X129.014 Y152.025 I9.313 J6.868 E.13295
G3 X131.009 Y150.813 I14.557 J21.701 E.07748
G1 X131.296 Y150.484 E.01445
G1 X131.406 Y150.23 E.00921
G1 X131.409 Y149.874 E.01179
M204 S10000
G1 X131.003 Y149.894 F30000
M204 S5000
G1 F8843.491
G1 X131.004 Y149.836 E.00192
G1 X130.797 Y149.54 E.01199
G3 X128.486 Y148.11 I13.138 J-23.822 E.09019
G3 X125.794 Y145.454 I7.208 J-10 E.12595
G1 X125.543 Y145.288 E.00997
G1 X125.424 Y145.26 E.00406
G1 X125.082 Y145.318 E.01149
G1 X124.113 Y145.843 E.03656
G2 X122.181 Y147.29 I7.58 J12.129 E.08015
G3 X123.563 Y143.566 I7.781 J.768 E.13321
G3 X126.221 Y141.297 I6.353 J4.752 E.11689
G3 X130.315 Y139.976 I6.075 J11.815 E.14333
G3 X131.489 Y139.832 I3.194 J21.251 E.03925
G1 X131.789 Y139.683 E.0111
G1 X131.952 Y139.412 E.01051
G1 X131.943 Y139.081 E.01097
G3 X130.717 Y135.207 I14.653 J-6.768 E.13515
G3 X130.833 Y131.381 I9.211 J-1.636 E.1279
G3 X133.049 Y127.823 I7.065 J1.932 E.14099
G1 X133.721 Y127.283 E.02859
G2 X133.525 Y128.628 I387.05 J57.152 E.04506
G2 X133.508 Y130.888 I10.637 J1.208 E.07512
G1 X133.683 Y131.172 E.01107
G1 X133.983 Y131.314 E.01101
G3 X138.456 Y132.728 I-1.431 J12.3 E.15655
G3 X139.965 Y133.586 I-12.295 J23.391 E.0576
G1 X140.326 Y133.639 E.0121
G1 X140.647 Y133.464 E.01214
G1 X140.798 Y133.14 E.01186
G3 X140.88 Y130.423 I27.203 J-.533 E.0902
G3 X141.834 Y126.764 I12.265 J1.243 E.12595
G1 X141.851 Y126.448 E.01048
G1 X141.68 Y126.152 E.01135
G2 X138.436 Y124.552 I-6.849 J9.804 E.12046
G3 X143.108 Y124.004 I3.176 J6.881 E.15867
G3 X146.602 Y125.72 I-2.097 J8.686 E.13018
G3 X149.55 Y128.885 I-9.469 J11.775 E.14397
G1 X149.829 Y129.07 E.01109
G1 X150.167 Y129.073 E.01122
G1 X150.469 Y128.861 E.01227
G3 X154.001 Y125.282 I11.668 J7.985 E.16767
G3 X157 Y123.981 I4.824 J7.012 E.1091
G1 X157.644 Y123.888 E.0216
G1 X158.619 Y123.857 E.03237
G3 X161.55 Y124.548 I-.344 J8.017 E.10049
G1 X161.48 Y124.574 E.00251
G2 X159.533 Y125.404 I7.736 J20.851 E.07022
G2 X158.307 Y126.16 I9.953 J17.498 E.04778
G1 X158.148 Y126.449 E.01094
G1 X158.174 Y126.786 E.01121
G3 X159.185 Y131.367 I-11.367 J4.911 E.15655
G3 X159.197 Y133.102 I-26.401 J1.047 E.05759
G1 X159.336 Y133.446 E.0123
G1 X159.64 Y133.631 E.01181
G1 X160 Y133.6 E.01199
G3 X162.394 Y132.314 I14.06 J23.288 E.09019
G3 X166.04 Y131.31 I5.056 J11.242 E.12595
G1 X166.309 Y131.175 E.00997
G1 X166.393 Y131.086 E.00406
G1 X166.513 Y130.761 E.01149
G1 X166.544 Y129.66 E.03655
G2 X166.257 Y127.263 I-14.295 J.5 E.08015
G3 X168.791 Y130.322 I-4.556 J6.354 E.1332
G3 X169.426 Y133.758 I-7.292 J3.125 E.11689
G3 X168.524 Y137.964 I-13.27 J-.647 E.14333
G3 X168.061 Y139.053 I-20.003 J-7.86 E.03924
G1 X168.04 Y139.387 E.0111
G1 X168.206 Y139.681 E.01121
G1 X168.542 Y139.837 E.01226
G3 X173.407 Y141.107 I-1.081 J14.097 E.16767
G3 X176.393 Y143.5 I-3.477 J7.397 E.12814
G3 X177.681 Y146.408 I-6.28 J4.521 E.10627
G1 X177.813 Y147.26 E.02859
G2 X176.747 Y146.418 I-244.54 J308.544 E.04506
G2 X174.798 Y145.274 I-6.331 J8.552 E.07512
G1 X174.47 Y145.281 E.01088
G1 X174.191 Y145.472 E.01121
G3 X170.73 Y148.638 I-9.937 J-7.389 E.15654
G3 X169.232 Y149.516 I-14.112 J-22.347 E.0576
G1 X169.006 Y149.802 E.0121
G1 X168.998 Y150.17 E.01221
G1 X169.203 Y150.46 E.01178
G3 X171.514 Y151.89 I-13.14 J23.825 E.09019
G3 X174.206 Y154.546 I-7.208 J10 E.12595
G1 X174.457 Y154.712 E.00997
G1 X174.576 Y154.74 E.00406
G1 X174.918 Y154.682 E.01149
G1 X175.887 Y154.157 E.03656
G2 X177.819 Y152.71 I-7.58 J-12.129 E.08015
G3 X176.437 Y156.434 I-7.781 J-.768 E.1332
G3 X173.779 Y158.703 I-6.353 J-4.752 E.11689
G3 X169.685 Y160.024 I-6.075 J-11.815 E.14333
G3 X168.511 Y160.168 I-3.194 J-21.251 E.03925
G1 X168.211 Y160.316 E.01109
G1 X168.04 Y160.607 E.01121
G1 X168.073 Y160.976 E.01228
G3 X169.405 Y165.824 I-12.749 J6.112 E.16768
G3 X168.825 Y169.607 I-8.145 J.687 E.12814
G3 X166.951 Y172.177 I-7.056 J-3.178 E.10627
G1 X166.279 Y172.717 E.02859
G2 X166.475 Y171.373 I-390.042 J-57.587 E.04506
G2 X166.492 Y169.112 I-10.572 J-1.207 E.07512
G1 X166.322 Y168.832 E.01088
G1 X166.017 Y168.686 E.01121
G3 X161.544 Y167.272 I1.431 J-12.3 E.15655
G3 X160.035 Y166.414 I12.294 J-23.388 E.0576
G1 X159.665 Y166.363 E.0124
G1 X159.344 Y166.546 E.01225
G1 X159.202 Y166.86 E.01144
G3 X159.12 Y169.577 I-27.195 J.533 E.09019
G3 X158.166 Y173.236 I-12.264 J-1.243 E.12595
G1 X158.151 Y173.558 E.01067
G1 X158.311 Y173.836 E.01066
G2 X160.212 Y174.926 I6.311 J-8.804 E.07281
G2 X161.565 Y175.448 I4.81 J-10.462 E.04812
G3 X159.548 Y176.055 I-3.353 J-7.481 E.07004
G1 X158.523 Y176.152 E.03415
G3 X154.348 Y174.941 I-.048 J-7.643 E.14623
G3 X151.161 Y172.06 I7.2 J-11.165 E.14313
G3 X150.45 Y171.115 I16.802 J-13.389 E.03925
G1 X150.172 Y170.93 E.01108
G1 X149.832 Y170.927 E.01127
G1 X149.531 Y171.139 E.01223
G3 X145.999 Y174.718 I-11.668 J-7.985 E.16767
G3 X142.35 Y176.112 I-4.622 J-6.624 E.13088
G3 X139.27 Y175.768 I-.706 J-7.647 E.10351
G1 X138.442 Y175.454 E.02937
G2 X139.728 Y174.954 I-23.822 J-63.29 E.04576
G2 X141.694 Y173.839 I-4.244 J-9.768 E.07511
G1 X141.852 Y173.551 E.0109
G1 X141.826 Y173.214 E.01121
G3 X140.815 Y168.633 I11.367 J-4.911 E.15655
G3 X140.803 Y166.898 I26.398 J-1.047 E.05759
G1 X140.667 Y166.557 E.01218
G1 X140.357 Y166.369 E.01201
G1 X140 Y166.4 E.01188
G3 X137.606 Y167.686 I-14.059 J-23.284 E.09019
G3 X133.96 Y168.69 I-5.056 J-11.243 E.12595
G1 X133.691 Y168.825 E.00997
G1 X133.607 Y168.914 E.00406
G1 X133.487 Y169.239 E.01149
G1 X133.456 Y170.34 E.03655
G2 X133.743 Y172.737 I14.295 J-.5 E.08015
G3 X131.209 Y169.678 I4.556 J-6.354 E.1332
G3 X130.574 Y166.242 I7.292 J-3.125 E.11689
G3 X131.476 Y162.036 I13.27 J.647 E.14333
G3 X131.939 Y160.947 I20.003 J7.86 E.03924
G1 X131.96 Y160.612 E.01112
G1 X131.794 Y160.319 E.01119
G1 X131.458 Y160.163 E.01227
G3 X126.593 Y158.893 I1.081 J-14.097 E.16767
G3 X123.607 Y156.5 I3.477 J-7.397 E.12814
G3 X122.319 Y153.592 I6.28 J-4.521 E.10627
G1 X122.187 Y152.74 E.02859
G2 X123.253 Y153.582 I244.535 J-308.538 E.04506
G2 X125.202 Y154.726 I6.331 J-8.552 E.07512
G1 X125.53 Y154.719 E.01088
G1 X125.809 Y154.528 E.01121
G3 X129.27 Y151.362 I9.937 J7.389 E.15654
G3 X130.768 Y150.484 I14.108 J22.341 E.0576
G1 X130.995 Y150.194 E.01221
G1 X131.001 Y149.954 E.00799
M204 S10000
G1 X130.634 Y149.966 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X130.597 Y149.914 E.00195
G1 X130.54 Y149.836 E.00298
G3 X127.009 Y147.41 I8.068 J-15.528 E.13199
G3 X125.5 Y145.714 I9.374 J-9.858 E.06981
G1 X125.414 Y145.67 E.00297
G1 X125.381 Y145.653 E.00116
G1 X125.359 Y145.642 E.00074
G2 X123.525 Y146.707 I4.233 J9.399 E.06528
G2 X122.206 Y147.786 I7.782 J10.862 E.0524
G1 X121.986 Y147.824 E.00688
G1 X121.805 Y147.713 E.0065
G1 X121.765 Y147.491 E.00693
G3 X123.425 Y143.092 I8.203 J.582 E.14652
M73 P41 R7
G3 X126.575 Y140.681 I6.731 J5.53 E.12299
G3 X131.459 Y139.437 I6.069 J13.628 E.15559
G1 X131.506 Y139.395 E.00193
G2 X131.568 Y139.284 I-.02 J-.085 E.00442
G1 X131.569 Y139.183 E.0031
G3 X130.208 Y134.287 I13.166 J-6.298 E.15695
G3 X130.77 Y130.333 I8.622 J-.79 E.12384
G3 X133.229 Y127.153 I7.505 J3.263 E.12479
G1 X133.677 Y126.814 E.01727
G1 X133.877 Y126.726 E.00671
G1 X134.07 Y126.792 E.00625
G1 X134.181 Y126.975 E.00656
G2 X133.913 Y128.684 I47.892 J8.371 E.05318
G2 X133.848 Y130.316 I11.775 J1.29 E.0502
G1 X133.905 Y130.839 E.0162
G1 X133.926 Y130.853 E.00074
G1 X133.957 Y130.873 E.00115
G1 X134.038 Y130.926 E.00297
G3 X138.809 Y132.474 I-1.556 J12.92 E.15507
G3 X140.192 Y133.253 I-18.669 J34.742 E.0488
G1 X140.23 Y133.243 E.00122
G1 X140.347 Y133.21 E.00373
G1 X140.372 Y133.154 E.00188
G1 X140.413 Y133.065 E.003
G3 X140.748 Y128.794 I17.482 J-.777 E.13199
G3 X141.462 Y126.64 I13.223 J3.189 E.06981
G1 X141.457 Y126.543 E.00297
G1 X141.455 Y126.506 E.00116
G1 X141.454 Y126.481 E.00074
G2 X139.613 Y125.425 I-6.018 J8.357 E.06532
G2 X138.019 Y124.822 I-5.515 J12.171 E.05239
G1 X137.881 Y124.656 E.00666
G1 X137.883 Y124.44 E.00661
G1 X138.053 Y124.291 E.00695
G3 X142.642 Y123.523 I3.606 J7.452 E.14491
G3 X146.358 Y125.054 I-1.376 J8.62 E.12463
G3 X149.877 Y128.662 I-8.767 J12.069 E.15559
G1 X149.937 Y128.682 E.00197
G2 X150.066 Y128.677 I.062 J-.062 E.00446
G1 X150.153 Y128.63 E.00302
G3 X153.712 Y125.003 I12.038 J8.253 E.15695
G3 X157.364 Y123.521 I4.987 J7.049 E.12217
G1 X157.973 Y123.462 E.0188
G1 X158.82 Y123.466 E.02604
G3 X162.059 Y124.36 I-.627 J8.584 E.10391
G1 X162.136 Y124.556 E.00646
G1 X162.065 Y124.758 E.00661
G3 X161.009 Y125.162 I-3.289 J-7.023 E.03475
G2 X158.546 Y126.481 I3.555 J9.595 E.08613
G1 X158.545 Y126.506 E.00074
G1 X158.543 Y126.543 E.00115
G1 X158.538 Y126.64 E.00297
G3 X159.583 Y131.545 I-11.968 J5.113 E.15507
G3 X159.599 Y133.133 I-39.378 J1.202 E.0488
G1 X159.627 Y133.161 E.00122
G1 X159.713 Y133.245 E.00368
G1 X159.776 Y133.239 E.00195
G1 X159.872 Y133.23 E.00298
G3 X163.739 Y131.384 I9.414 J14.751 E.13199
G3 X165.962 Y130.926 I3.85 J13.047 E.06981
G1 X166.043 Y130.873 E.00297
G1 X166.074 Y130.853 E.00116
G1 X166.095 Y130.839 E.00074
G2 X166.089 Y128.719 I-10.256 J-1.034 E.06528
G2 X165.814 Y127.037 I-13.298 J1.308 E.0524
G1 X165.892 Y126.827 E.00688
G1 X166.078 Y126.726 E.0065
G1 X166.29 Y126.802 E.00693
G3 X169.27 Y130.439 I-4.605 J6.813 E.14652
G3 X169.783 Y134.373 I-8.154 J3.064 E.123
G3 X168.418 Y139.224 I-14.836 J-1.558 E.15559
G1 X168.431 Y139.286 E.00193
G2 X168.497 Y139.396 I.083 J.025 E.00442
G1 X168.584 Y139.447 E.0031
G3 X173.582 Y140.756 I-1.121 J14.481 E.15962
G3 X176.998 Y143.685 I-3.534 J7.58 E.14
G3 X178.239 Y147.547 I-7.237 J4.455 E.12586
G1 X178.217 Y147.674 E.00399
G1 X178.064 Y147.808 E.00625
G1 X177.85 Y147.813 E.00656
G2 X176.503 Y146.726 I-31.199 J37.295 E.05318
G2 X175.123 Y145.854 I-6.983 J9.519 E.0502
G1 X174.641 Y145.642 E.0162
G1 X174.619 Y145.653 E.00074
G1 X174.586 Y145.67 E.00115
G1 X174.5 Y145.714 E.00297
G3 X170.774 Y149.071 I-10.411 J-7.808 E.15507
G3 X169.407 Y149.88 I-20.755 J-33.543 E.0488
G1 X169.397 Y149.918 E.00122
G1 X169.367 Y150.035 E.00373
G1 X169.402 Y150.085 E.00188
G1 X169.46 Y150.164 E.003
G3 X172.991 Y152.59 I-8.068 J15.528 E.13199
G3 X174.5 Y154.286 I-9.374 J9.858 E.06981
G1 X174.586 Y154.33 E.00297
G1 X174.619 Y154.347 E.00116
G1 X174.641 Y154.358 E.00074
G2 X176.475 Y153.293 I-4.233 J-9.399 E.06528
G2 X177.794 Y152.214 I-7.782 J-10.862 E.0524
G1 X178.014 Y152.176 E.00688
G1 X178.195 Y152.287 E.0065
G1 X178.235 Y152.509 E.00693
G3 X176.575 Y156.908 I-8.203 J-.582 E.14652
G3 X173.425 Y159.319 I-6.731 J-5.53 E.12299
G3 X168.541 Y160.563 I-6.069 J-13.628 E.15559
G1 X168.494 Y160.605 E.00194
G2 X168.432 Y160.717 I.021 J.085 E.00443
G1 X168.431 Y160.817 E.00307
G3 X169.792 Y165.713 I-13.166 J6.298 E.15695
G3 X169.23 Y169.667 I-8.591 J.794 E.12384
G3 X166.771 Y172.847 I-7.505 J-3.263 E.12479
G1 X166.323 Y173.186 E.01727
G1 X166.123 Y173.274 E.00671
G1 X165.93 Y173.208 E.00625
G1 X165.819 Y173.025 E.00656
G2 X166.087 Y171.316 I-47.884 J-8.37 E.05318
G2 X166.152 Y169.684 I-11.736 J-1.288 E.0502
G1 X166.095 Y169.161 E.0162
G1 X166.074 Y169.147 E.00074
G1 X166.043 Y169.127 E.00115
G1 X165.962 Y169.074 E.00297
G3 X161.191 Y167.526 I1.556 J-12.92 E.15507
G3 X159.796 Y166.745 I24.987 J-46.26 E.04915
G1 X159.766 Y166.755 E.00097
G1 X159.648 Y166.794 E.00381
G1 X159.628 Y166.842 E.0016
G1 X159.587 Y166.935 E.00311
G3 X159.252 Y171.206 I-17.482 J.777 E.13199
G3 X158.538 Y173.36 I-13.223 J-3.189 E.06981
G1 X158.543 Y173.457 E.00298
G1 X158.545 Y173.494 E.00115
G1 X158.546 Y173.518 E.00074
G2 X161.381 Y174.968 I6.236 J-8.696 E.09819
G1 X162.024 Y175.218 E.02121
G1 X162.122 Y175.358 E.00525
G1 X162.119 Y175.557 E.00613
G1 X161.944 Y175.71 E.00715
G3 X157.358 Y176.477 I-3.603 J-7.452 E.1448
G3 X153.642 Y174.946 I1.394 J-8.663 E.12462
G3 X150.123 Y171.338 I8.767 J-12.069 E.15559
G1 X150.063 Y171.318 E.00197
G2 X149.934 Y171.323 I-.062 J.062 E.00446
G1 X149.847 Y171.37 E.00301
G3 X146.288 Y174.997 I-12.038 J-8.253 E.15695
G3 X142.636 Y176.479 I-4.987 J-7.049 E.12217
G3 X138.599 Y175.948 I-.987 J-8.099 E.12646
G1 X138.078 Y175.728 E.01738
G1 X137.912 Y175.608 E.00628
G1 X137.867 Y175.398 E.0066
G1 X137.969 Y175.213 E.00651
G2 X139.583 Y174.59 I-16.723 J-45.73 E.05317
G2 X141.029 Y173.831 I-4.752 J-10.808 E.05021
G1 X141.454 Y173.519 E.0162
G1 X141.455 Y173.494 E.00074
G1 X141.457 Y173.457 E.00115
G1 X141.462 Y173.36 E.00297
G3 X140.417 Y168.455 I11.968 J-5.113 E.15507
G3 X140.401 Y166.867 I39.365 J-1.201 E.0488
G1 X140.373 Y166.839 E.00123
G1 X140.29 Y166.756 E.0036
G1 X140.223 Y166.762 E.00206
G1 X140.128 Y166.77 E.00294
G3 X136.261 Y168.616 I-9.414 J-14.751 E.13199
G3 X134.038 Y169.074 I-3.85 J-13.047 E.06981
G1 X133.957 Y169.127 E.00297
G1 X133.926 Y169.147 E.00116
G1 X133.905 Y169.161 E.00074
G2 X133.911 Y171.281 I10.256 J1.034 E.06528
G2 X134.186 Y172.963 I13.298 J-1.308 E.0524
G1 X134.108 Y173.173 E.00688
G1 X133.922 Y173.274 E.0065
G1 X133.71 Y173.198 E.00693
G3 X130.73 Y169.561 I4.605 J-6.813 E.14652
G3 X130.217 Y165.627 I8.154 J-3.064 E.123
G3 X131.582 Y160.776 I14.836 J1.558 E.15559
G1 X131.569 Y160.713 E.00196
G2 X131.501 Y160.604 I-.084 J-.023 E.00445
G1 X131.416 Y160.553 E.00303
G3 X126.496 Y159.284 I1.129 J-14.552 E.15695
G3 X123.353 Y156.82 I3.608 J-7.837 E.12385
G3 X121.828 Y153.1 I6.578 J-4.868 E.12479
G1 X121.759 Y152.543 E.01727
G1 X121.783 Y152.326 E.00671
G1 X121.936 Y152.192 E.00625
G1 X122.15 Y152.187 E.00656
G2 X123.497 Y153.274 I31.195 J-37.29 E.05318
G2 X124.877 Y154.146 I6.983 J-9.519 E.0502
G1 X125.359 Y154.358 E.0162
G1 X125.381 Y154.347 E.00074
G1 X125.414 Y154.33 E.00115
G1 X125.5 Y154.286 E.00297
G3 X129.226 Y150.929 I10.411 J7.808 E.15507
G3 X130.593 Y150.12 I20.732 J33.506 E.0488
G1 X130.603 Y150.082 E.00122
G1 X130.618 Y150.024 E.00183
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X130.597 Y149.914 E-.00797
G1 X130.54 Y149.836 E-.0069
G1 X129.71 Y149.369 E-.06787
G1 X128.996 Y148.929 E-.05976
; WIPE_END
G1 E-.0075 F3600
G1 X152.124 Y151.474 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X151.753 Y151.922 E.0193
G3 X151.001 Y152.402 I-2.442 J-3.004 E.02966
G1 X150.468 Y152.559 E.01843
G3 X149.576 Y152.567 I-.48 J-3.989 E.02965
G1 X149.041 Y152.418 E.01843
G1 X148.411 Y152.06 E.02402
G1 X147.905 Y151.543 E.02402
G1 X147.561 Y150.905 E.02402
G1 X147.406 Y150.198 E.02402
G1 X147.452 Y149.475 E.02402
G1 X147.695 Y148.793 E.02402
G1 X147.779 Y148.645 E.00564
G1 X148.117 Y148.205 E.01843
G1 X148.685 Y147.755 E.02402
G1 X149.325 Y147.485 E.02303
G1 X149.994 Y147.395 E.02242
G1 X150.504 Y147.443 E.01698
G1 X151.126 Y147.654 E.02178
G1 X151.729 Y148.056 E.02402
G1 X152.197 Y148.607 E.02402
G1 X152.496 Y149.267 E.02403
G1 X152.602 Y149.983 E.02402
G1 X152.505 Y150.701 E.02402
G1 X152.215 Y151.365 E.02402
G1 X152.163 Y151.428 E.00273
M204 S10000
G1 X151.814 Y151.228 F30000
M204 S5000
G1 F8843.491
G1 X151.448 Y151.653 E.01859
G1 X150.937 Y151.988 E.02029
G1 X150.353 Y152.169 E.02029
G1 X149.741 Y152.182 E.02029
G1 X149.15 Y152.026 E.02029
G1 X148.624 Y151.713 E.02029
G1 X148.205 Y151.268 E.02029
G1 X147.925 Y150.724 E.02029
G1 X147.806 Y150.124 E.02029
G1 X147.857 Y149.514 E.02029
G1 X148.102 Y148.893 E.02215
G1 X148.44 Y148.453 E.01843
G1 X148.927 Y148.082 E.02029
G1 X149.471 Y147.865 E.01943
G1 X150.036 Y147.8 E.01886
G1 X150.466 Y147.853 E.01438
G1 X150.99 Y148.038 E.01843
G1 X151.492 Y148.387 E.02029
G1 X151.879 Y148.861 E.02029
G1 X152.12 Y149.423 E.02029
G1 X152.197 Y150.029 E.02029
G1 X152.104 Y150.634 E.02029
G1 X151.851 Y151.181 E.02
M204 S10000
G1 X151.53 Y150.958 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.52 Y150.98 E.00075
G1 X151.19 Y151.361 E.01547
G1 X150.769 Y151.637 E.01547
G1 X150.288 Y151.785 E.01547
G1 X149.785 Y151.796 E.01547
G1 X149.298 Y151.667 E.01547
G1 X148.907 Y151.441 E.01387
G1 X148.553 Y151.084 E.01547
G1 X148.31 Y150.643 E.01547
G1 X148.198 Y150.152 E.01547
G1 X148.226 Y149.65 E.01547
G1 X148.391 Y149.174 E.01547
G1 X148.681 Y148.763 E.01547
G1 X149.073 Y148.447 E.01547
G1 X149.537 Y148.252 E.01547
G1 X150.037 Y148.192 E.01547
G1 X150.34 Y148.224 E.00936
G1 X150.816 Y148.386 E.01547
G1 X151.229 Y148.674 E.01547
G1 X151.546 Y149.062 E.01539
G1 X151.745 Y149.527 E.01555
G1 X151.808 Y150.026 E.01547
G1 X151.731 Y150.524 E.01547
G1 X151.555 Y150.904 E.01287
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X151.52 Y150.98 E-.00602
G1 X151.19 Y151.361 E-.03587
G1 X150.769 Y151.637 E-.03586
G1 X150.288 Y151.785 E-.03586
G1 X149.883 Y151.794 E-.02888
; WIPE_END
G1 E-.0075 F3600
G1 X153.333 Y148.817 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X153.19 Y148.161 I2.402 J-.87 E.02236
G3 X152.485 Y147.515 I2.04 J-2.936 E.0318
G1 X152.086 Y147.914 E.0187
G3 X152.074 Y152.074 I-2.078 J2.074 E.15335
G1 X152.485 Y152.485 E.01927
G3 X149.979 Y153.672 I-3.341 J-3.814 E.09317
G3 X147.515 Y152.485 I1.041 J-5.31 E.0917
G1 X147.925 Y152.075 E.01923
G3 X147.914 Y147.914 I2.057 J-2.086 E.1535
G1 X147.515 Y147.515 E.01868
G3 X146.81 Y148.161 I-2.745 J-2.29 E.0318
G3 X146.667 Y148.817 I-2.546 J-.213 E.02236
G1 X147.955 Y146.882 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.422427
G1 F9485.991
G1 X144.528 Y143.454 E.14989
G3 X144.924 Y144.387 I-6.951 J3.504 E.03137
G1 X147.524 Y146.988 E.11372
G1 X147.46 Y147.035 E.00245
G2 X147.238 Y147.238 I1.72 J2.104 E.00933
G1 X145.151 Y145.151 E.09129
G3 X145.283 Y145.82 I-4.109 J1.16 E.02111
G1 X146.959 Y147.495 E.07329
G1 X146.679 Y147.753 E.01175
G1 X145.379 Y146.452 E.05687
G1 X145.446 Y147.057 E.0188
G1 X146.428 Y148.038 E.04291
G3 X146.339 Y148.486 I-1.732 J-.11 E.01417
G1 X145.318 Y147.465 E.04464
G1 X144.945 Y147.628 E.0126
G1 X146.241 Y148.925 E.05669
G2 X146.148 Y149.368 I3.106 J.883 E.01403
G1 X144.572 Y147.792 E.06895
G1 X144.19 Y147.946 E.01275
G1 X146.108 Y149.865 E.08391
G2 X146.13 Y150.423 I2.007 J.202 E.01733
G1 X143.801 Y148.095 E.10185
G1 X143.391 Y148.222 E.01326
G1 X146.464 Y151.294 E.13438
G1 X145.119 Y152.633 F30000
G1 F9485.991
G1 X141.032 Y148.546 E.17875
G1 X140.961 Y148.546 E.00219
G3 X140.463 Y148.514 I.196 J-6.898 E.01542
G1 X143.9 Y151.951 E.15031
G2 X143.116 Y151.704 I-1.919 J4.722 E.02544
G1 X139.841 Y148.428 E.14324
G3 X139.149 Y148.273 I.931 J-5.768 E.02195
G1 X142.432 Y151.556 E.14357
G1 X142.388 Y151.547 E.0014
G2 X141.816 Y151.477 I-1.219 J7.566 E.01781
G1 X138.374 Y148.035 E.15055
G1 X138.2 Y147.976 E.00569
G3 X137.488 Y147.685 I4.311 J-11.576 E.02379
G1 X141.26 Y151.457 E.16498
G1 X140.73 Y151.465 E.01638
G1 X136.473 Y147.208 E.18618
G1 X136.168 Y147.06 E.0105
G3 X135.362 Y146.633 I11.177 J-22.076 E.0282
G1 X140.242 Y151.513 E.21341
G1 X140.155 Y151.521 E.00269
G2 X139.779 Y151.587 I.714 J5.237 E.01181
G1 X134.221 Y146.028 E.2431
G1 X133.087 Y145.431 E.03963
G1 X139.336 Y151.681 E.27333
G1 X138.912 Y151.793 E.01358
G1 X132.095 Y144.976 E.29811
G1 X131.216 Y144.634 E.02919
G1 X138.501 Y151.919 E.31861
G1 X138.485 Y151.924 E.00053
G2 X138.108 Y152.062 I2.342 J6.963 E.01242
G1 X130.442 Y144.397 E.33524
G1 X129.749 Y144.24 E.02199
G1 X137.725 Y152.216 E.34884
G1 X137.353 Y152.381 E.01258
G1 X129.117 Y144.145 E.36019
G1 X128.541 Y144.106 E.01785
G1 X136.981 Y152.546 E.36912
G1 X136.615 Y152.716 E.01249
G1 X128.009 Y144.11 E.37639
G1 X127.503 Y144.141 E.01568
G1 X136.258 Y152.895 E.38289
G1 X135.905 Y153.08 E.0123
G1 X127.026 Y144.2 E.38833
G1 X126.582 Y144.293 E.01402
G1 X135.554 Y153.265 E.39238
G1 X135.203 Y153.451 E.01228
G1 X131.751 Y149.999 E.15099
G3 X131.681 Y150.466 I-1.785 J-.027 E.01465
G1 X134.852 Y153.637 E.13869
G1 X134.502 Y153.823 E.01228
G1 X131.475 Y150.797 E.13235
G3 X131.213 Y151.071 I-.891 J-.587 E.0118
G1 X134.151 Y154.009 E.12847
G1 X133.8 Y154.195 E.01228
G1 X130.875 Y151.269 E.12794
G1 X130.532 Y151.464 E.01217
G1 X133.449 Y154.381 E.12756
G1 X133.096 Y154.565 E.0123
G1 X130.195 Y151.663 E.12689
G1 X129.861 Y151.866 E.01208
G1 X132.733 Y154.738 E.12558
G1 X132.366 Y154.908 E.0125
G1 X129.533 Y152.075 E.1239
G1 X129.213 Y152.291 E.01196
G1 X131.991 Y155.069 E.12151
G1 X131.606 Y155.221 E.01279
G1 X128.893 Y152.508 E.11865
M73 P42 R7
G1 X128.589 Y152.741 E.01184
G1 X131.216 Y155.368 E.11488
G1 X130.808 Y155.496 E.01323
G1 X128.287 Y152.976 E.11023
G1 X128 Y153.226 E.01176
G1 X130.39 Y155.615 E.1045
G1 X129.955 Y155.717 E.0138
G1 X127.717 Y153.479 E.09788
G1 X127.448 Y153.747 E.01174
G1 X129.499 Y155.798 E.08971
G1 X129.026 Y155.861 E.01477
G1 X127.185 Y154.021 E.08049
G1 X126.933 Y154.305 E.01176
G1 X128.521 Y155.893 E.06945
G1 X127.981 Y155.889 E.01671
G1 X126.69 Y154.599 E.05644
G1 X126.453 Y154.898 E.01182
G1 X127.401 Y155.847 E.04147
G1 X126.982 Y155.794 E.01308
G1 X126.764 Y155.747 E.00688
G1 X126.185 Y155.168 E.02532
G3 X125.864 Y155.382 I-.683 J-.675 E.01205
G1 X126.299 Y155.818 E.01906
G1 E-.35 F3600
; WIPE_START
G1 F9485.991
G1 X125.864 Y155.382 E-.04392
G1 X126.005 Y155.311 E-.01126
G1 X126.185 Y155.168 E-.01645
G1 X126.764 Y155.747 E-.05834
G1 X126.936 Y155.784 E-.01252
; WIPE_END
G1 E-.0075 F3600
G1 X130.42 Y148.668 F30000
G1 E.5 F2400
G1 F9485.991
G1 X126.151 Y144.399 E.18672
G1 X125.743 Y144.528 E.01322
G1 X128.961 Y147.745 E.14071
G1 X129.502 Y140.903 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X127.94 Y141.356 I5.968 J23.472 E.05398
G1 X124.548 Y144.748 E.15912
G2 X123.412 Y145.399 I3.065 J6.672 E.04348
G3 X126.599 Y141.951 I6.424 J2.74 E.15885
G1 X128.356 Y143.708 E.08244
G1 X128.422 Y143.706 E.00219
G3 X132.324 Y144.648 I-.462 J10.47 E.134
G1 X138.374 Y138.598 E.28382
G1 X138.973 Y138.973 E.02344
G1 X144.573 Y144.573 E.26271
G3 X144.944 Y146.156 I-8.097 J2.73 E.054
G1 X151.361 Y146.531 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.422427
G1 F9485.991
G1 X138.333 Y133.502 E.5698
G2 X137.265 Y132.971 I-13.125 J25.039 E.0369
G1 X150.298 Y146.004 E.56999
G2 X149.924 Y145.922 I-.359 J.743 E.01195
G3 X149.747 Y145.99 I-.347 J-.637 E.00587
G1 X136.375 Y132.619 E.5848
G2 X135.594 Y132.374 I-2.266 J5.869 E.02533
G1 X149.338 Y146.118 E.60108
G1 X148.929 Y146.246 E.01325
G1 X134.891 Y132.207 E.61396
G2 X134.241 Y132.095 I-1.308 J5.618 E.02039
G1 X148.531 Y146.384 E.62494
G1 X148.456 Y146.414 E.0025
G2 X148.172 Y146.562 I1.197 J2.631 E.0099
G1 X133.547 Y131.937 E.63964
G3 X133.111 Y131.637 I.293 J-.894 E.01657
G1 X133.226 Y132.152 E.01631
G1 X140.621 Y139.548 E.32345
G1 X140.54 Y139.493 E.00305
G2 X139.171 Y138.634 I-24.07 J36.867 E.04996
G1 X133.461 Y132.924 E.24974
G1 X133.737 Y133.588 E.02224
G1 X133.907 Y133.907 E.01119
G1 X138.269 Y138.269 E.19077
G1 X132.185 Y130.064 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X131.564 Y131.564 I7.533 J3.993 E.05393
G1 X133.109 Y133.109 E.07248
G2 X134.195 Y135.102 I7.386 J-2.732 E.07552
G1 X132.029 Y137.267 E.10158
G3 X132.685 Y138.946 I-70.494 J28.486 E.05981
G3 X132.425 Y140.101 I-1.29 J.317 E.0407
G1 X140.441 Y148.117 E.37605
G3 X137.419 Y147.229 I1.597 J-11.026 E.10486
G1 X142.852 Y141.796 E.25491
G2 X141.627 Y140.726 I-12.854 J13.485 E.05397
G1 X144.947 Y153.835 F30000
G1 F8843.478
G3 X144.581 Y155.419 I-9.213 J-1.291 E.05401
G1 X138.973 Y161.027 E.26309
G1 X138.374 Y161.402 E.02343
G1 X132.325 Y155.352 E.28381
G1 X132.009 Y155.488 E.0114
G3 X128.354 Y156.294 I-4.02 J-9.55 E.12482
G1 X126.601 Y158.047 E.08228
G3 X123.415 Y154.609 I3.153 J-6.116 E.15866
G2 X124.549 Y155.253 I6.808 J-10.67 E.04329
G1 X127.926 Y158.63 E.15841
G2 X129.486 Y159.089 I3.555 J-9.2 E.05401
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X127.926 Y158.63 E-.11588
G1 X127.662 Y158.366 E-.02662
; WIPE_END
G1 E-.0075 F3600
G1 X133.433 Y168.319 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.422427
G1 F9485.991
G1 X133.178 Y168.064 E.01114
G1 X133.284 Y167.633 E.01373
G1 X133.661 Y168.01 E.01651
G3 X134.111 Y167.923 I.61 J1.935 E.01418
G1 X133.413 Y167.226 E.0305
G1 X133.559 Y166.834 E.01291
G1 X134.58 Y167.856 E.04467
G2 X135.026 Y167.765 I-.528 J-3.74 E.01408
G1 X133.718 Y166.457 E.05722
G1 X133.902 Y166.104 E.01231
G1 X135.46 Y167.662 E.06817
G1 X135.882 Y167.548 E.01352
G1 X134.09 Y165.755 E.07839
G1 X134.303 Y165.432 E.01198
G1 X136.284 Y167.413 E.08662
G2 X136.68 Y167.272 I-.926 J-3.223 E.013
G1 X134.522 Y165.114 E.09436
G1 X134.76 Y164.816 E.01181
G1 X137.059 Y167.114 E.10054
G2 X137.432 Y166.951 I-1.294 J-3.463 E.01261
G1 X135.005 Y164.523 E.10617
G1 X135.264 Y164.247 E.01174
G1 X137.794 Y166.777 E.11065
G2 X138.151 Y166.596 I-1.592 J-3.592 E.01236
G1 X135.532 Y163.978 E.11452
G1 X135.811 Y163.719 E.01174
G1 X138.498 Y166.407 E.11754
G1 X138.845 Y166.217 E.01223
G1 X136.098 Y163.47 E.12016
G1 X136.392 Y163.228 E.01179
G1 X139.185 Y166.02 E.12212
G1 X139.524 Y165.823 E.01214
G1 X136.696 Y162.994 E.12369
G1 X137.003 Y162.765 E.01186
G1 X139.896 Y165.658 E.12653
G3 X140.346 Y165.629 I.328 J1.573 E.01398
G1 X140.415 Y165.641 E.00218
G1 X137.321 Y162.546 E.13535
G1 X137.638 Y162.327 E.01193
G1 X145.069 Y169.757 E.32496
G1 X145.173 Y169.325 E.01375
G1 X137.968 Y162.12 E.31512
G1 X138.298 Y161.913 E.01204
G1 X145.268 Y168.883 E.30483
G1 X145.344 Y168.423 E.01443
G1 X138.628 Y161.706 E.29374
G1 X138.958 Y161.499 E.01204
G1 X145.407 Y167.949 E.28206
G1 X145.458 Y167.463 E.0151
G1 X139.288 Y161.293 E.26987
G1 X139.618 Y161.086 E.01204
G1 X145.498 Y166.966 E.25716
G1 X145.521 Y166.452 E.01589
G1 X139.947 Y160.879 E.24375
G1 X140.277 Y160.672 E.01204
G1 X145.54 Y165.935 E.23015
G1 X145.559 Y165.417 E.01603
G1 X140.606 Y160.464 E.21661
G1 X140.929 Y160.251 E.01198
G1 X145.577 Y164.899 E.20329
G1 X145.596 Y164.381 E.01603
G1 X141.249 Y160.033 E.19014
G1 X141.564 Y159.812 E.01192
G1 X145.615 Y163.863 E.17717
G1 X145.636 Y163.348 E.01596
G1 X141.868 Y159.579 E.16482
G1 X142.17 Y159.345 E.01183
G1 X145.667 Y162.841 E.15292
G1 X145.716 Y162.354 E.01515
G1 X142.465 Y159.103 E.14216
G1 X142.751 Y158.852 E.01176
G1 X145.768 Y161.869 E.13194
G3 X145.803 Y161.541 I5.07 J.382 E.0102
G1 X145.829 Y161.393 E.00464
G1 X143.024 Y158.588 E.12267
G1 X143.288 Y158.315 E.01174
G1 X145.908 Y160.936 E.1146
G1 X146.008 Y160.499 E.01385
G1 X143.541 Y158.032 E.10789
G2 X143.779 Y157.733 I-2.164 J-1.96 E.01182
G1 X146.123 Y160.077 E.10252
G1 X146.254 Y159.671 E.01319
G1 X144.006 Y157.424 E.0983
G2 X144.221 Y157.102 I-4.361 J-3.14 E.01197
G1 X146.398 Y159.279 E.09523
G1 X146.565 Y158.909 E.01255
G1 X144.415 Y156.76 E.09401
G2 X144.597 Y156.405 I-2.303 J-1.402 E.01234
G1 X146.745 Y158.553 E.09395
G3 X146.879 Y158.307 I3.455 J1.717 E.00864
G1 X146.94 Y158.211 E.00354
G1 X144.765 Y156.036 E.09511
G1 X144.914 Y155.648 E.01286
G1 X147.149 Y157.884 E.09778
G3 X147.377 Y157.574 I2.277 J1.432 E.01188
G1 X145.044 Y155.241 E.10203
G2 X145.125 Y154.967 I-4 J-1.341 E.00884
G1 X145.159 Y154.819 E.00468
G1 X147.614 Y157.275 E.10737
G1 X147.865 Y156.989 E.01176
G1 X145.256 Y154.38 E.11407
G1 X145.33 Y153.918 E.01449
G1 X148.13 Y156.718 E.12246
G3 X148.359 Y156.493 I3.54 J3.366 E.00992
G1 X148.404 Y156.454 E.00182
G1 X145.391 Y153.441 E.13176
G1 X145.445 Y152.959 E.01502
G1 X148.691 Y156.205 E.14199
G1 X148.991 Y155.968 E.01182
G1 X141.562 Y148.539 E.3249
G1 X142.057 Y148.498 E.01537
G1 X149.298 Y155.739 E.31667
G1 X149.605 Y155.509 E.01186
G1 X142.522 Y148.426 E.30976
G2 X142.965 Y148.332 I-.434 J-3.149 E.01402
G1 X150.221 Y155.588 E.31734
G1 X148.638 Y153.469 F30000
G1 F9485.991
G1 X161.667 Y166.497 E.5698
G2 X162.698 Y167.014 I6.143 J-10.985 E.03567
G1 X162.735 Y167.029 E.00124
G1 X149.702 Y153.996 E.56999
G3 X149.924 Y154.078 I-.201 J.882 E.00732
G2 X150.253 Y154.01 I.028 J-.693 E.01051
G1 X163.624 Y167.381 E.5848
G2 X164.406 Y167.626 I2.266 J-5.869 E.02533
G1 X150.662 Y153.882 E.60108
G1 X151.071 Y153.754 E.01325
G1 X165.109 Y167.793 E.61396
G2 X165.758 Y167.905 I1.308 J-5.617 E.02039
G1 X151.469 Y153.616 E.62494
G2 X151.828 Y153.438 I-.681 J-1.821 E.0124
G1 X167.004 Y168.614 E.66372
M73 P43 R7
G1 X167.806 Y169.93 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X168.436 Y168.436 I-6.42 J-3.583 E.05391
G1 X166.886 Y166.886 E.07269
G2 X165.808 Y164.896 I-8.249 J3.184 E.07529
G1 X167.971 Y162.733 E.10148
G3 X167.315 Y161.054 I70.503 J-28.489 E.05981
G3 X167.573 Y159.897 I1.313 J-.314 E.04069
G1 X159.559 Y151.883 E.37597
G3 X162.582 Y152.77 I-1.607 J11.071 E.10487
G1 X157.148 Y158.204 E.25494
G2 X158.376 Y159.27 I11.317 J-11.804 E.05396
G1 X158.73 Y159.804 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.422427
G1 F9485.991
G1 X166.776 Y167.849 E.35188
G1 X166.541 Y167.078 E.02493
G1 X160.829 Y161.365 E.24985
G1 X162.267 Y162.267 E.05251
G1 X166.473 Y166.473 E.18392
G1 X160.893 Y166.26 F30000
G1 F9485.991
G1 X153.332 Y158.699 E.33067
G3 X153.737 Y159.641 I-8.092 J4.04 E.03173
G1 X159.718 Y165.622 E.26156
G1 X159.419 Y165.663 E.00934
G1 X159.281 Y165.722 E.00461
G1 X153.968 Y160.409 E.23236
G1 X154.028 Y160.638 E.00733
G3 X154.12 Y161.097 I-8.128 J1.872 E.01448
G1 X158.94 Y165.917 E.21078
G2 X158.689 Y166.203 I.848 J.999 E.0118
G1 X154.215 Y161.729 E.19564
G3 X154.289 Y162.339 I-4.941 J.904 E.01901
G1 X158.514 Y166.565 E.18481
G2 X158.467 Y167.054 I1.115 J.356 E.0153
G1 X154.331 Y162.918 E.18087
G1 X154.372 Y163.496 E.0179
G1 X158.467 Y167.591 E.17912
G3 X158.459 Y168.12 I-10.512 J.101 E.01635
G1 X154.392 Y164.052 E.17788
G1 X154.412 Y164.609 E.01724
G1 X158.446 Y168.644 E.17644
G3 X158.412 Y169.146 I-4.951 J-.085 E.01558
G1 X154.432 Y165.166 E.17405
G1 X154.453 Y165.723 E.01724
G1 X158.367 Y169.638 E.17122
G1 X158.305 Y170.113 E.0148
G1 X154.473 Y166.28 E.16762
G1 X154.493 Y166.837 E.01724
G1 X158.225 Y170.569 E.16322
G3 X158.134 Y171.015 I-3.463 J-.476 E.01407
G1 X154.538 Y167.419 E.15725
G1 X154.601 Y168.019 E.01865
G1 X158.022 Y171.44 E.1496
G3 X157.898 Y171.852 I-3.317 J-.775 E.01333
G1 X154.693 Y168.647 E.14015
G1 X154.825 Y169.316 E.02108
G1 X157.764 Y172.255 E.12851
G3 X157.615 Y172.643 I-4.422 J-1.463 E.01287
G1 X155.019 Y170.047 E.11355
G1 X155.112 Y170.353 E.0099
G1 X155.324 Y170.889 E.01781
G1 X157.467 Y173.031 E.09371
G1 X157.43 Y173.129 E.00322
G1 X157.416 Y173.517 E.01203
G1 X155.44 Y171.541 E.08642
G1 X158.111 Y174.623 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X157.676 Y174.241 I.646 J-1.175 E.01938
G1 X157.493 Y174.369 E.00741
G1 X156.888 Y173.816 E.02718
G1 X155.839 Y174.865 E.04921
G3 X151.616 Y171.412 I4.703 J-10.062 E.18282
G1 X154.308 Y168.72 E.12629
G2 X154.573 Y169.925 I12.492 J-2.116 E.04092
G1 X146.199 Y161.551 E.39281
G1 X146.215 Y161.461 E.00303
G1 X151.118 Y156.558 E.23004
G2 X150.001 Y155.702 I-9.996 J11.904 E.04669
G2 X148.882 Y156.558 I5.468 J8.303 E.04676
G1 X153.783 Y161.459 E.22988
G1 X153.796 Y161.556 E.00326
G1 X145.428 Y169.924 E.39256
G1 X145.471 Y169.783 E.00488
G2 X145.692 Y168.72 I-18.064 J-4.323 E.03603
G1 X148.383 Y171.411 E.12622
G3 X144.164 Y174.868 I-8.754 J-6.378 E.1829
G1 X143.113 Y173.817 E.04934
G1 X142.488 Y174.385 E.02803
G1 X142.322 Y174.266 E.00678
G3 X141.876 Y174.631 I-1.337 J-1.179 E.01919
G1 X142.733 Y173.862 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.422427
G1 F9485.991
G1 X142.573 Y173.702 E.007
G2 X142.56 Y173.152 I-1.155 J-.247 E.01717
G1 X142.894 Y173.486 E.01461
G1 X143.158 Y173.213 E.01174
G1 X142.26 Y172.315 E.03929
G3 X141.999 Y171.517 I17.205 J-6.069 E.02595
G1 X143.415 Y172.934 E.06194
G1 X143.655 Y172.638 E.0118
G1 X141.82 Y170.803 E.08025
G3 X141.699 Y170.144 I5.186 J-1.3 E.02072
G1 X143.887 Y172.332 E.0957
G1 X144.096 Y172.005 E.01202
G1 X141.618 Y169.527 E.10839
G3 X141.576 Y168.948 I4.734 J-.631 E.01794
G1 X144.301 Y171.673 E.11918
G1 X144.479 Y171.314 E.01239
G1 X141.547 Y168.382 E.12822
G1 X141.534 Y167.833 E.017
G1 X144.655 Y170.954 E.1365
G1 X144.805 Y170.567 E.01282
G1 X141.536 Y167.298 E.14299
G1 X141.539 Y166.824 E.01465
G1 X141.52 Y166.746 E.00249
G1 X145.08 Y170.305 E.15568
G1 X141.625 Y159.271 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X142.854 Y158.205 I-6.376 J-8.594 E.05401
G1 X137.426 Y152.778 E.25464
G3 X140.437 Y151.887 I4.416 J9.396 E.10457
G1 X132.422 Y159.902 E.37599
G3 X132.664 Y161.158 I-1.041 J.852 E.04421
G2 X132.027 Y162.731 I13.891 J6.542 E.05634
G1 X134.176 Y164.919 E.10174
G2 X133.109 Y166.891 I7.401 J5.279 E.07456
G1 X131.565 Y168.435 E.07247
G2 X132.186 Y169.936 I6.729 J-1.906 E.054
G1 X155.911 Y156.984 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.422427
G1 F9485.991
G1 X152.166 Y153.24 E.16376
G1 X152.476 Y153.012 E.01187
G1 X155.076 Y155.613 E.11372
G3 X154.849 Y154.85 I5.249 J-1.973 E.02464
G1 X152.762 Y152.762 E.09129
G1 X153.041 Y152.505 E.01175
G1 X154.717 Y154.181 E.07329
G3 X154.646 Y153.773 I6.539 J-1.348 E.01281
G1 X154.621 Y153.548 E.007
G1 X153.321 Y152.247 E.05687
G2 X153.572 Y151.971 I-.447 J-.657 E.01165
G1 X154.554 Y152.944 E.04274
G1 X154.532 Y152.748 E.00608
G1 X154.646 Y152.551 E.00705
G1 X154.682 Y152.535 E.00121
G1 X153.661 Y151.514 E.04464
G1 X153.759 Y151.075 E.0139
G1 X155.055 Y152.372 E.05669
G1 X155.428 Y152.208 E.0126
G1 X153.852 Y150.632 E.06895
G2 X153.892 Y150.135 I-2.352 J-.439 E.01544
G1 X155.81 Y152.054 E.08391
G3 X156.199 Y151.905 I2.481 J5.928 E.01286
G1 X153.87 Y149.577 E.10185
G2 X153.76 Y148.93 I-3.046 J.187 E.02034
G1 X156.744 Y151.914 E.13052
G1 X159.146 Y151.632 F30000
G1 F9485.991
G1 X155.21 Y147.696 E.17212
G2 X156.1 Y148.049 I3.33 J-7.097 E.02961
G1 X159.537 Y151.486 E.15031
G3 X160.14 Y151.567 I-5.32 J41.668 E.01882
G1 X160.159 Y151.571 E.0006
G1 X156.883 Y148.296 E.14325
G2 X157.568 Y148.444 I1.392 J-4.783 E.02168
G1 X160.851 Y151.727 E.14357
G3 X161.626 Y151.965 I-1.749 J7.065 E.02509
G1 X158.184 Y148.523 E.15054
G2 X158.746 Y148.549 I.562 J-6.063 E.01743
G1 X162.512 Y152.315 E.1647
G3 X163.235 Y152.641 I-3.096 J7.814 E.02452
G1 X163.516 Y152.782 E.00974
G1 X159.27 Y148.536 E.18572
G2 X159.758 Y148.487 I-.172 J-4.246 E.01519
G1 X164.638 Y153.367 E.21341
G1 X165.779 Y153.972 E.03995
G1 X160.221 Y148.413 E.24309
G1 X160.664 Y148.319 E.014
G1 X166.913 Y154.569 E.27332
G1 X167.906 Y155.025 E.03377
G1 X161.088 Y148.207 E.29815
G1 X161.499 Y148.081 E.01329
G1 X168.786 Y155.368 E.3187
G1 X169.558 Y155.603 E.02494
G1 X161.892 Y147.938 E.33524
G1 X162.278 Y147.787 E.0128
G1 X170.252 Y155.761 E.34874
G1 X170.882 Y155.854 E.0197
G1 X162.655 Y147.627 E.35979
G1 X163.018 Y147.454 E.01245
G1 X171.458 Y155.894 E.36912
G1 X171.991 Y155.89 E.01648
G1 X163.38 Y147.279 E.37661
G1 X163.741 Y147.104 E.01243
G1 X172.497 Y155.859 E.38293
G1 X172.974 Y155.8 E.01487
G1 X164.095 Y146.921 E.38833
G1 X164.446 Y146.735 E.01228
G1 X173.418 Y155.707 E.39238
G1 X173.849 Y155.601 E.01373
G1 X170.077 Y151.829 E.16498
G3 X172.081 Y153.297 I-6.235 J10.618 E.07697
G1 X174.392 Y155.607 E.10105
G1 X170.498 Y159.097 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X172.06 Y158.644 I-5.968 J-23.473 E.05398
G1 X175.452 Y155.252 E.15912
G2 X176.588 Y154.601 I-3.065 J-6.672 E.04348
G3 X173.401 Y158.049 I-6.424 J-2.74 E.15885
G1 X171.644 Y156.292 E.08244
G1 X171.578 Y156.294 E.00219
G3 X167.675 Y155.352 I.464 J-10.482 E.134
G1 X161.626 Y161.402 E.28381
G1 X161.027 Y161.027 E.02344
G1 X155.427 Y155.427 E.26271
G3 X155.056 Y153.844 I8.097 J-2.73 E.054
G1 X155.053 Y146.165 F30000
G1 F8843.478
G3 X155.419 Y144.581 I9.213 J1.291 E.05401
G1 X161.027 Y138.973 E.26309
G1 X161.626 Y138.598 E.02343
G1 X167.675 Y144.648 E.28381
G1 X167.991 Y144.512 E.0114
G3 X171.646 Y143.706 I4.02 J9.552 E.12482
G1 X173.399 Y141.953 E.08228
G3 X176.585 Y145.391 I-3.153 J6.116 E.15866
G2 X175.451 Y144.747 I-6.808 J10.67 E.04329
G1 X172.074 Y141.37 E.15841
G2 X170.514 Y140.911 I-3.555 J9.199 E.05401
G1 X174.268 Y144.75 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.422427
G1 F9485.991
G1 X173.948 Y144.43 E.01399
G1 X173.738 Y144.364 E.00681
G1 X173.235 Y144.253 E.01593
G1 X173.814 Y144.833 E.02533
G2 X173.547 Y145.102 I.438 J.703 E.01184
G1 X172.598 Y144.153 E.04148
G1 X172.344 Y144.121 E.00794
G1 X172.019 Y144.111 E.01004
G1 X173.31 Y145.401 E.05644
G3 X173.067 Y145.695 I-2.689 J-1.977 E.0118
G1 X171.478 Y144.107 E.06948
G1 X170.971 Y144.136 E.01571
G1 X172.815 Y145.979 E.08061
G3 X172.552 Y146.253 I-2.294 J-1.936 E.01175
G1 X170.502 Y144.203 E.08966
G1 X170.044 Y144.283 E.01435
G1 X172.282 Y146.521 E.09788
G3 X172 Y146.774 I-2.088 J-2.043 E.01176
G1 X169.61 Y144.385 E.1045
G1 X169.192 Y144.504 E.01344
G1 X171.713 Y147.024 E.11023
G3 X171.411 Y147.259 I-2.022 J-2.289 E.01184
G1 X168.784 Y144.632 E.11488
G1 X168.394 Y144.779 E.01289
G1 X171.107 Y147.492 E.11865
G3 X170.787 Y147.709 I-1.946 J-2.516 E.01195
G1 X168.009 Y144.931 E.12151
G1 X167.634 Y145.092 E.01263
G1 X170.467 Y147.925 E.1239
G3 X170.139 Y148.134 I-2.439 J-3.474 E.01203
M73 P44 R7
G1 X167.267 Y145.262 E.12558
G1 X166.904 Y145.436 E.01245
G1 X169.805 Y148.337 E.1269
G3 X169.468 Y148.536 I-3.478 J-5.508 E.01212
G1 X166.551 Y145.619 E.12756
G1 X166.2 Y145.805 E.01228
G1 X169.125 Y148.731 E.12794
G1 X168.787 Y148.929 E.01213
G1 X165.849 Y145.991 E.12847
G1 X165.498 Y146.177 E.01228
G1 X168.524 Y149.203 E.13235
G2 X168.318 Y149.534 I.867 J.77 E.0121
G1 X165.147 Y146.363 E.13867
G1 X164.797 Y146.549 E.01228
G1 X168.421 Y150.174 E.15853
G1 X162.483 Y137.795 F30000
G1 F9485.991
G1 X154.932 Y130.244 E.33026
G1 X154.826 Y130.675 E.01372
G1 X162.032 Y137.88 E.31513
G1 X161.702 Y138.087 E.01204
G1 X154.732 Y131.117 E.30483
G1 X154.656 Y131.578 E.01443
G1 X161.372 Y138.294 E.29373
G1 X161.042 Y138.501 E.01204
G1 X154.593 Y132.051 E.28205
G1 X154.542 Y132.537 E.0151
G1 X160.712 Y138.707 E.26986
G1 X160.382 Y138.914 E.01204
G1 X154.502 Y133.034 E.25716
G1 X154.479 Y133.548 E.01589
G1 X160.053 Y139.121 E.24375
G1 X159.723 Y139.328 E.01204
G1 X154.46 Y134.066 E.23015
G1 X154.441 Y134.583 E.01603
G1 X159.395 Y139.537 E.21664
G1 X159.075 Y139.754 E.01195
G1 X154.423 Y135.101 E.20349
G1 X154.404 Y135.619 E.01603
G1 X158.756 Y139.971 E.19033
G1 X158.436 Y140.188 E.01195
G1 X154.385 Y136.137 E.17718
G1 X154.362 Y136.651 E.01592
G1 X158.132 Y140.421 E.16488
G1 X157.83 Y140.655 E.01183
G1 X154.326 Y137.151 E.15325
G1 X154.289 Y137.652 E.01551
G1 X157.535 Y140.897 E.14194
G1 X157.249 Y141.148 E.01176
G1 X154.237 Y138.136 E.13172
G1 X154.171 Y138.607 E.0147
G1 X156.976 Y141.412 E.12267
G1 X156.712 Y141.685 E.01174
G1 X154.092 Y139.064 E.1146
G1 X153.992 Y139.501 E.01385
G1 X156.459 Y141.968 E.10789
G1 X156.427 Y142.003 E.00145
G2 X156.221 Y142.267 I3.672 J3.075 E.01037
G1 X153.877 Y139.923 E.10252
G1 X153.746 Y140.329 E.01319
G1 X155.994 Y142.576 E.0983
G2 X155.779 Y142.898 I4.357 J3.137 E.01197
G1 X153.602 Y140.721 E.09523
G1 X153.435 Y141.091 E.01255
G1 X155.584 Y143.24 E.09401
G1 X155.504 Y143.382 E.00504
G2 X155.403 Y143.595 I2.737 J1.428 E.00731
G1 X153.255 Y141.447 E.09395
G3 X153.06 Y141.789 I-2.532 J-1.217 E.01218
G1 X155.235 Y143.964 E.09511
G1 X155.086 Y144.352 E.01286
G1 X152.85 Y142.116 E.09778
G1 X152.821 Y142.162 E.00167
G3 X152.623 Y142.426 I-3.565 J-2.467 E.01021
G1 X154.956 Y144.759 E.10203
G2 X154.841 Y145.181 I3.141 J1.084 E.01352
G1 X152.386 Y142.725 E.10737
G1 X152.135 Y143.011 E.01176
G1 X154.744 Y145.62 E.11407
G1 X154.67 Y146.082 E.01449
G1 X151.869 Y143.282 E.12246
G3 X151.596 Y143.545 I-1.85 J-1.652 E.01175
G1 X154.609 Y146.559 E.13179
G1 X154.555 Y147.041 E.01502
G1 X151.303 Y143.79 E.14222
G1 X151.011 Y144.034 E.01178
G1 X158.438 Y151.461 E.3248
G1 X157.943 Y151.502 E.01537
G1 X150.706 Y144.265 E.3165
G1 X150.397 Y144.493 E.01187
G1 X157.478 Y151.574 E.30968
G1 X157.336 Y151.597 E.00444
G2 X157.035 Y151.668 I.813 J4.131 E.00958
G1 X150.068 Y144.701 E.30467
G1 X149.886 Y144.701 E.00564
G3 X148.127 Y143.286 I8.224 J-12.022 E.06987
G3 X146.668 Y141.301 I5.548 J-5.607 E.07651
G1 X139.586 Y134.219 E.30974
G2 X139.823 Y134.321 I.447 J-.711 E.00803
G1 X140.279 Y134.376 E.0142
G1 X146.263 Y140.359 E.26168
G3 X146.032 Y139.591 I6.148 J-2.27 E.02482
G1 X140.716 Y134.275 E.23248
G2 X141.057 Y134.08 I-.514 J-1.289 E.0122
G1 X145.88 Y138.903 E.21093
G1 X145.853 Y138.769 E.00423
G3 X145.785 Y138.271 I7.984 J-1.348 E.01554
G1 X141.309 Y133.795 E.19573
G2 X141.483 Y133.432 I-.845 J-.626 E.01253
G1 X145.709 Y137.658 E.18483
G1 X145.663 Y137.076 E.01807
G1 X141.529 Y132.942 E.1808
G1 X141.537 Y132.413 E.01634
G1 X145.635 Y136.511 E.17921
G1 X145.607 Y135.947 E.01748
G1 X141.546 Y131.885 E.17763
G1 X141.554 Y131.357 E.01634
G1 X145.589 Y135.392 E.17645
G1 X145.572 Y134.838 E.01712
G1 X141.588 Y130.854 E.17425
G3 X141.633 Y130.362 I4.48 J.158 E.01529
G1 X145.555 Y134.285 E.17156
G1 X145.534 Y133.727 E.01726
G1 X141.695 Y129.887 E.16793
G3 X141.775 Y129.431 I3.676 J.412 E.01434
G1 X145.496 Y133.152 E.16274
G1 X145.458 Y132.577 E.01782
G1 X141.866 Y128.985 E.15708
G1 X141.978 Y128.561 E.01358
G1 X145.398 Y131.981 E.14959
G1 X145.307 Y131.352 E.01964
G1 X142.102 Y128.148 E.14014
G1 X142.236 Y127.745 E.01313
G1 X145.176 Y130.685 E.12856
G1 X145.092 Y130.321 E.01155
G1 X144.982 Y129.955 E.01183
G1 X142.389 Y127.362 E.1134
G2 X142.538 Y126.974 I-1.955 J-.975 E.01286
G1 X144.678 Y129.114 E.09359
G1 X144.299 Y128.322 E.02714
G1 X144.098 Y127.997 E.01185
G1 X142.399 Y126.298 E.07428
G1 X141.878 Y125.37 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X142.321 Y125.754 I-.67 J1.218 E.01959
G1 X142.483 Y125.635 E.00666
G3 X143.112 Y126.185 I-4.191 J5.434 E.02772
G1 X144.162 Y125.134 E.04928
G3 X148.384 Y128.588 I-4.714 J10.07 E.18281
G1 X145.692 Y131.28 E.12629
G2 X145.428 Y130.076 I-11.99 J2 E.04091
G1 X153.801 Y138.449 E.39279
G1 X153.785 Y138.539 E.00303
G1 X148.881 Y143.443 E.23005
G2 X150 Y144.298 I9.545 J-11.319 E.04674
G2 X151.113 Y143.437 I-6.402 J-9.43 E.04672
G1 X146.217 Y138.541 E.22969
G1 X146.204 Y138.444 E.00326
G1 X154.574 Y130.075 E.39263
G1 X154.521 Y130.248 E.00599
G2 X154.308 Y131.28 I17.491 J4.161 E.03497
G1 X151.617 Y128.589 E.12622
G3 X155.836 Y125.132 I8.754 J6.378 E.1829
G1 X156.888 Y126.184 E.04936
G3 X157.536 Y125.622 I4.691 J4.759 E.02847
G1 X157.679 Y125.732 E.00599
G3 X158.136 Y125.363 I1.365 J1.225 E.01954
G1 X157.575 Y126.446 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.422427
G1 F9485.991
G1 X157.387 Y126.258 E.00823
G1 X157.107 Y126.515 E.01175
G1 X157.44 Y126.848 E.01459
G1 X157.46 Y126.978 E.00406
G1 X157.741 Y127.685 E.02352
G1 X156.841 Y126.785 E.03935
G1 X156.585 Y127.066 E.01175
G1 X158.001 Y128.483 E.06196
G3 X158.18 Y129.198 I-5.394 J1.724 E.0228
G1 X156.344 Y127.362 E.08026
G1 X156.113 Y127.668 E.01185
G1 X158.301 Y129.856 E.0957
G1 X158.382 Y130.474 E.01926
G1 X155.904 Y127.995 E.10839
G1 X155.698 Y128.327 E.01206
G1 X158.424 Y131.052 E.11918
G3 X158.453 Y131.618 I-6.157 J.603 E.01753
G1 X155.52 Y128.685 E.12828
G1 X155.347 Y129.048 E.01246
G1 X158.466 Y132.167 E.13641
G3 X158.463 Y132.701 I-8.317 J.224 E.01652
G1 X155.195 Y129.434 E.14292
G1 X155.056 Y129.831 E.01303
G1 X158.476 Y133.251 E.14956
G1 X158.491 Y133.35 E.00311
G1 X158.664 Y133.766 E.01391
G1 X158.839 Y133.997 E.00898
G1 X159.223 Y134.258 E.01436
G1 X159.514 Y134.36 E.00954
G1 X159.586 Y134.361 E.00221
G1 X162.679 Y137.454 E.1353
G1 X162.997 Y137.235 E.01193
G1 X160.097 Y134.336 E.1268
G2 X160.473 Y134.175 I-.103 J-.761 E.0128
G1 X163.304 Y137.005 E.1238
G1 X163.608 Y136.773 E.01184
G1 X160.817 Y133.982 E.12204
G1 X161.162 Y133.79 E.0122
G1 X163.902 Y136.53 E.11983
G1 X164.19 Y136.282 E.01177
G1 X161.506 Y133.597 E.11739
G1 X161.85 Y133.405 E.0122
G1 X164.468 Y136.023 E.11448
G1 X164.735 Y135.754 E.01174
G1 X162.205 Y133.223 E.11065
G1 X162.568 Y133.049 E.01243
G1 X164.995 Y135.477 E.10617
G1 X165.239 Y135.184 E.01179
G1 X162.941 Y132.886 E.1005
G1 X163.32 Y132.728 E.0127
G1 X165.476 Y134.884 E.09429
G1 X165.698 Y134.569 E.01191
G1 X163.716 Y132.587 E.08667
G3 X164.118 Y132.452 I1.234 J3.015 E.01312
G1 X165.91 Y134.245 E.07839
G1 X166.098 Y133.896 E.01225
G1 X164.54 Y132.338 E.06817
G3 X164.974 Y132.235 I1.027 J3.375 E.0138
G1 X166.282 Y133.543 E.05722
G1 X166.441 Y133.166 E.01267
G1 X165.42 Y132.144 E.04468
G1 X165.889 Y132.077 E.01467
G1 X166.587 Y132.775 E.03051
G1 X166.716 Y132.367 E.01322
G1 X166.339 Y131.99 E.01652
G1 X166.689 Y131.803 E.01227
G1 X166.964 Y132.078 E.01205
G1 X158.375 Y140.729 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X157.146 Y141.795 I6.376 J8.594 E.05401
G1 X162.581 Y147.229 E.25496
G3 X159.563 Y148.113 I-4.27 J-8.989 E.10477
G1 X167.578 Y140.098 E.37602
G3 X167.336 Y138.842 I1.035 J-.851 E.0442
G2 X167.973 Y137.269 I-13.891 J-6.542 E.05634
G1 X165.805 Y135.101 E.10172
G1 X165.865 Y135.024 E.00325
G2 X166.891 Y133.109 I-7.505 J-5.251 E.07221
G1 X168.435 Y131.565 E.07247
G2 X167.814 Y130.064 I-6.729 J1.906 E.054
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 1.6
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X168.104 Y130.633 E-.04547
G1 X168.435 Y131.565 E-.07048
G1 X168.172 Y131.828 E-.02655
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X154.885 Y144.882 Z1.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X155.022 Y144.442 E.01527
G3 X157.636 Y140.764 I7.671 J2.683 E.15169
G3 X160.028 Y139.095 I14.999 J18.951 E.09681
G1 X161.515 Y138.176 E.05797
G2 X164.096 Y136.324 I-10.797 J-17.776 E.10551
G2 X166.23 Y133.582 I-5.872 J-6.771 E.11598
G2 X167.007 Y130.692 I-9.008 J-3.97 E.09964
G1 X166.982 Y130.403 E.00962
G1 X166.939 Y130.376 E.00169
G2 X166.84 Y128.281 I-10.556 J-.548 E.06966
G3 X168.504 Y130.678 I-5.243 J5.416 E.09739
G3 X168.987 Y134.3 I-7.348 J2.825 E.12233
G3 X167.689 Y138.888 I-14.07 J-1.504 E.15893
G1 X167.638 Y139.091 E.00694
G1 X167.661 Y139.556 E.01543
G1 X167.904 Y139.953 E.01544
G1 X168.12 Y140.109 E.00886
G1 X168.498 Y140.241 E.01327
G3 X173.231 Y141.474 I-1.038 J13.693 E.1631
G3 X176.305 Y144.087 I-3.215 J6.898 E.13546
G3 X176.987 Y145.463 I-6.514 J4.084 E.05105
G1 X177.227 Y146.271 E.02794
G2 X175.614 Y145.215 I-8.434 J11.131 E.06399
G2 X175.14 Y144.893 I-.866 J.764 E.01924
G2 X172.904 Y144.222 I-4.089 J9.566 E.07761
G2 X168.826 Y144.652 I-1.167 J8.482 E.13735
G2 X166.228 Y145.816 I7.186 J19.516 E.09451
G3 X162.627 Y147.675 I-30.846 J-55.336 E.13446
G3 X159.567 Y148.54 I-4.434 J-9.845 E.10585
G3 X155.58 Y147.894 I-.706 J-8.273 E.13533
G1 X154.48 Y147.413 E.03981
G3 X154.844 Y145.019 I15.413 J1.116 E.08042
G1 X154.868 Y144.939 E.00275
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X155.022 Y144.442 E-.03708
G1 X155.226 Y143.893 E-.04177
M73 P45 R7
G1 X155.471 Y143.372 E-.04097
G1 X155.629 Y143.096 E-.02268
; WIPE_END
G1 E-.0075 F3600
G1 X154.48 Y152.587 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G3 X156.736 Y151.704 I6.739 J13.904 E.08042
G3 X161.817 Y151.995 I2.1 J7.85 E.17171
G3 X164.458 Y153.232 I-8.912 J22.464 E.09681
G1 X165.997 Y154.06 E.05796
G2 X168.892 Y155.37 I9.996 J-18.238 E.10551
G2 X172.333 Y155.847 I2.928 J-8.471 E.11597
G2 X175.224 Y155.073 I-1.051 J-9.717 E.09966
G1 X175.461 Y154.908 E.00959
G1 X175.463 Y154.858 E.00163
G2 X177.229 Y153.724 I-4.815 J-9.437 E.06972
G3 X175.985 Y156.363 I-7.312 J-1.833 E.09739
G3 X173.09 Y158.593 I-6.121 J-4.952 E.12233
G3 X168.468 Y159.763 I-5.733 J-12.938 E.15893
G1 X168.266 Y159.821 E.00694
G1 X167.875 Y160.073 E.01544
G1 X167.653 Y160.482 E.01544
G1 X167.626 Y160.747 E.00886
G1 X167.7 Y161.14 E.01326
G3 X168.999 Y165.855 I-12.378 J5.947 E.1631
G3 X168.274 Y169.824 I-7.582 J.665 E.13546
G3 X167.422 Y171.103 I-6.794 J-3.6 E.05105
G1 X166.843 Y171.715 E.02793
G2 X166.951 Y169.801 I-13.834 J-1.737 E.06365
G1 X167.013 Y169.469 E.01118
G1 X166.996 Y169.223 E.0082
G2 X166.452 Y166.942 I-10.444 J1.288 E.07794
G2 X164.044 Y163.63 I-7.906 J3.215 E.13717
G2 X161.737 Y161.962 I-13.309 J15.982 E.09451
G3 X158.327 Y159.773 I32.501 J-54.385 E.13446
G3 X156.048 Y157.555 I6.308 J-8.763 E.10585
G3 X154.614 Y153.78 I6.812 J-4.748 E.13534
G1 X154.487 Y152.646 E.03782
M204 S10000
G1 X153.044 Y152.533 F30000
M204 S5000
G1 F8843.491
G1 X152.374 Y153.128 E.02973
G3 X151.306 Y153.716 I-2.713 J-3.668 E.04055
G1 X150.224 Y154.054 E.03762
G1 X150 Y154.172 E.00839
G1 X149.85 Y154.077 E.00589
G3 X148.596 Y153.671 I9.194 J-30.59 E.04373
G1 X148.119 Y153.455 E.01737
G1 X147.44 Y152.993 E.02724
G1 X146.655 Y152.27 E.03542
G1 X146.385 Y152.085 E.01083
G1 X146.393 Y151.909 E.00586
G3 X146.125 Y150.689 I87.908 J-19.943 E.04143
G1 X146.072 Y149.94 E.02491
G1 X146.127 Y149.285 E.02181
G1 X146.376 Y148.167 E.038
G1 X146.385 Y147.915 E.00836
G1 X146.542 Y147.834 E.00586
G1 X147.431 Y147.015 E.0401
G3 X148.694 Y146.284 I2.96 J3.66 E.04857
G1 X149.702 Y145.969 E.03502
G1 X150 Y145.828 E.01095
G1 X150.15 Y145.923 E.00589
G3 X151.329 Y146.296 I-26.708 J86.587 E.04102
G1 X152.016 Y146.631 E.02536
G1 X152.56 Y147.007 E.02193
G1 X153.402 Y147.783 E.03799
G1 X153.615 Y147.915 E.00829
G1 X153.607 Y148.091 E.00586
G1 X153.871 Y149.274 E.04019
G3 X153.873 Y150.715 I-4.63 J.728 E.04801
G1 X153.624 Y151.832 E.03795
G1 X153.615 Y152.085 E.00841
G1 X153.458 Y152.166 E.00586
G1 X153.089 Y152.494 E.01634
M204 S10000
G1 X152.136 Y151.46 F30000
M204 S5000
G1 F8843.491
G1 X151.753 Y151.922 E.01991
G1 X151.155 Y152.331 E.02402
G1 X150.468 Y152.559 E.02402
G1 X149.745 Y152.589 E.02402
G1 X149.12 Y152.44 E.0213
G3 X148.396 Y152.051 I.957 J-2.644 E.02736
G1 X147.905 Y151.543 E.02345
G1 X147.561 Y150.905 E.02402
G1 X147.406 Y150.198 E.02402
G3 X147.491 Y149.31 I4.131 J-.05 E.02965
G1 X147.695 Y148.793 E.01843
G1 X148.117 Y148.205 E.02402
G1 X148.664 Y147.77 E.02317
G3 X149.482 Y147.448 I1.788 J3.33 E.02922
G1 X149.994 Y147.395 E.01709
G1 X150.58 Y147.462 E.01956
G1 X151.126 Y147.654 E.01919
G3 X151.852 Y148.173 I-1.979 J3.542 E.02965
G1 X152.198 Y148.607 E.01843
G1 X152.496 Y149.267 E.02402
G1 X152.599 Y149.964 E.02337
G3 X152.454 Y150.863 I-3.924 J-.172 E.03029
G1 X152.215 Y151.365 E.01843
G1 X152.174 Y151.414 E.00212
M204 S10000
G1 X151.875 Y151.13 F30000
M204 S5000
G1 F8843.491
G1 X151.855 Y151.173 E.00157
G1 X151.448 Y151.653 E.02086
G1 X150.937 Y151.988 E.02029
G1 X150.353 Y152.169 E.02029
G1 X149.741 Y152.182 E.02029
G1 X149.229 Y152.048 E.01756
G1 X149.04 Y151.968 E.00679
G1 X148.604 Y151.699 E.01701
G1 X148.205 Y151.268 E.01949
G1 X147.925 Y150.724 E.02029
G1 X147.806 Y150.124 E.02029
G1 X147.857 Y149.514 E.02029
G1 X148.074 Y148.942 E.02029
G1 X148.44 Y148.453 E.02029
G1 X148.906 Y148.098 E.01944
G1 X149.471 Y147.865 E.02025
G1 X150.036 Y147.8 E.01886
G1 X150.459 Y147.85 E.01413
G1 X150.99 Y148.038 E.01868
G1 X151.492 Y148.387 E.02029
G1 X151.879 Y148.861 E.02029
G1 X152.12 Y149.423 E.02029
G1 X152.195 Y150.01 E.01964
G1 X152.104 Y150.634 E.02092
G1 X151.9 Y151.076 E.01614
M204 S10000
G1 X151.531 Y150.965 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.202 Y151.353 E.01566
G1 X150.781 Y151.632 E.0155
G1 X150.301 Y151.784 E.01547
G1 X149.797 Y151.798 E.0155
G1 X149.311 Y151.673 E.01543
G1 X148.875 Y151.418 E.01552
G1 X148.529 Y151.054 E.01543
G1 X148.294 Y150.604 E.01559
G1 X148.194 Y150.113 E.01539
G1 X148.233 Y149.61 E.0155
G1 X148.41 Y149.137 E.01552
G1 X148.707 Y148.734 E.01538
G1 X149.107 Y148.426 E.01551
G1 X149.576 Y148.241 E.0155
G1 X150.076 Y148.192 E.01545
G1 X150.301 Y148.216 E.00694
G1 X150.781 Y148.368 E.01548
G1 X151.202 Y148.647 E.0155
G1 X151.53 Y149.033 E.01558
G1 X151.74 Y149.5 E.01573
G1 X151.81 Y150 E.01552
G1 X151.74 Y150.5 E.01552
G1 X151.556 Y150.91 E.0138
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X151.202 Y151.353 E-.04044
G1 X150.781 Y151.632 E-.03595
G1 X150.301 Y151.784 E-.03587
G1 X149.877 Y151.796 E-.03024
; WIPE_END
G1 E-.0075 F3600
G1 X150 Y144.827 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G3 X148.108 Y143.314 I8.672 J-12.79 E.08042
G3 X145.819 Y138.769 I5.748 J-5.744 E.17171
G3 X145.57 Y135.863 I23.908 J-3.514 E.0968
G1 X145.517 Y134.116 E.05797
G2 X145.204 Y130.954 I-20.794 J.462 E.10551
G2 X143.895 Y127.734 I-8.798 J1.699 E.11604
G2 X142.492 Y126.192 I-7.882 J5.761 E.06929
G1 X141.786 Y125.617 E.0302
G1 X141.52 Y125.492 E.00977
G1 X141.47 Y125.515 E.00184
G2 X139.61 Y124.557 I-5.713 J8.803 E.06949
G3 X140.515 Y124.347 I1.967 J6.412 E.03082
G1 X141.489 Y124.253 E.03246
G3 X145.431 Y125.4 I.025 J7.258 E.13807
G3 X148.522 Y128.196 I-6.971 J10.815 E.13888
G3 X149.221 Y129.125 I-16.514 J13.156 E.03857
G1 X149.372 Y129.271 E.00694
G1 X149.786 Y129.483 E.01544
G1 X150.251 Y129.472 E.01544
G1 X150.495 Y129.362 E.00886
G1 X150.798 Y129.101 E.01326
G3 X154.231 Y125.619 I11.34 J7.746 E.1631
G3 X158 Y124.262 I4.385 J6.27 E.13443
G3 X160.392 Y124.557 I.336 J7.132 E.08035
G2 X158.523 Y125.519 I4.298 J10.645 E.06984
G1 X158.481 Y125.496 E.0016
G2 X158.137 Y125.684 I.146 J.676 E.01316
G2 X156.448 Y127.276 I6.174 J8.243 E.07719
G2 X154.781 Y131.022 I6.762 J5.251 E.13734
G2 X154.491 Y133.854 I20.495 J3.535 E.09451
G3 X154.3 Y137.903 I-63.345 J-.954 E.13447
G3 X153.519 Y140.985 I-10.743 J-1.082 E.10585
G3 X150.966 Y144.115 I-7.518 J-3.526 E.13534
G1 X150.048 Y144.791 E.03782
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X149.038 Y144.118 E-.08652
G1 X148.532 Y143.706 E-.04646
G1 X148.434 Y143.616 E-.00952
; WIPE_END
G1 E-.0075 F3600
G1 X145.52 Y147.413 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G3 X143.264 Y148.296 I-6.74 J-13.904 E.08042
G3 X138.183 Y148.005 I-2.1 J-7.85 E.17171
G3 X135.542 Y146.768 I8.912 J-22.464 E.09681
G1 X134.003 Y145.94 E.05796
G2 X131.108 Y144.63 I-9.996 J18.238 E.10551
G2 X127.667 Y144.153 I-2.928 J8.471 E.11597
G2 X124.776 Y144.927 I1.05 J9.716 E.09966
G1 X124.538 Y145.093 E.00963
G1 X124.537 Y145.142 E.0016
G2 X122.771 Y146.276 I4.815 J9.437 E.06972
G3 X124.015 Y143.636 I7.312 J1.833 E.09739
G3 X126.91 Y141.407 I6.12 J4.952 E.12233
G3 X131.532 Y140.237 I5.733 J12.938 E.15893
G1 X131.734 Y140.179 E.00694
G1 X132.125 Y139.927 E.01543
G1 X132.347 Y139.519 E.01544
G1 X132.374 Y139.253 E.00886
G1 X132.3 Y138.86 E.01327
G3 X131.001 Y134.145 I12.378 J-5.947 E.1631
G3 X131.726 Y130.176 I7.581 J-.665 E.13546
G3 X132.578 Y128.897 I6.709 J3.542 E.05106
G1 X133.157 Y128.285 E.02793
G2 X133.049 Y130.21 I13.856 J1.739 E.06399
G2 X133.007 Y130.782 I1.094 J.368 E.01924
G2 X133.544 Y133.054 I10.33 J-1.242 E.0776
G2 X135.956 Y136.37 I7.929 J-3.23 E.13735
G2 X138.263 Y138.038 I13.309 J-15.982 E.09451
G3 X141.673 Y140.227 I-32.503 J54.387 E.13446
G3 X143.952 Y142.445 I-6.308 J8.763 E.10585
G3 X145.386 Y146.22 I-6.812 J4.748 E.13534
G1 X145.513 Y147.354 E.03782
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X144.425 Y147.892 E-.08653
G1 X143.815 Y148.125 E-.04646
G1 X143.688 Y148.164 E-.00952
; WIPE_END
G1 E-.0075 F3600
G1 X145.52 Y152.587 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G3 X145.156 Y154.981 I-15.413 J-1.116 E.08042
G3 X142.364 Y159.236 I-7.848 J-2.106 E.17171
G3 X139.972 Y160.905 I-14.999 J-18.951 E.09681
G1 X138.485 Y161.824 E.05797
G2 X135.904 Y163.676 I10.797 J17.776 E.1055
G2 X133.77 Y166.418 I5.872 J6.771 E.11598
G2 X132.993 Y169.308 I9.008 J3.97 E.09964
G1 X133.019 Y169.599 E.0097
G1 X133.061 Y169.624 E.00162
G2 X133.16 Y171.719 I10.556 J.548 E.06966
G3 X131.496 Y169.322 I5.243 J-5.416 E.09739
G3 X131.013 Y165.7 I7.348 J-2.825 E.12233
G3 X132.311 Y161.112 I14.07 J1.504 E.15893
G1 X132.362 Y160.909 E.00694
G1 X132.339 Y160.444 E.01543
G1 X132.096 Y160.047 E.01544
G1 X131.879 Y159.891 E.00886
G1 X131.502 Y159.759 E.01326
G3 X126.769 Y158.526 I1.038 J-13.693 E.1631
G3 X123.695 Y155.913 I3.215 J-6.899 E.13546
G3 X123.013 Y154.537 I6.514 J-4.084 E.05105
G1 X122.773 Y153.729 E.02794
G2 X124.386 Y154.785 I8.435 J-11.131 E.06399
G2 X124.86 Y155.107 I.866 J-.764 E.01924
G2 X127.096 Y155.778 I4.089 J-9.566 E.07761
G2 X131.174 Y155.348 I1.167 J-8.482 E.13735
G2 X133.772 Y154.184 I-7.186 J-19.516 E.09451
G3 X137.373 Y152.325 I30.846 J55.336 E.13446
G3 X140.433 Y151.46 I4.434 J9.845 E.10585
G3 X144.42 Y152.106 I.706 J8.273 E.13533
G1 X145.465 Y152.563 E.03782
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X145.387 Y153.775 E-.08653
G1 X145.284 Y154.418 E-.04646
G1 X145.254 Y154.549 E-.00952
; WIPE_END
G1 E-.0075 F3600
G1 X150 Y155.173 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G3 X151.892 Y156.686 I-8.672 J12.79 E.08042
G3 X154.181 Y161.231 I-5.748 J5.744 E.17171
G3 X154.43 Y164.137 I-23.908 J3.514 E.0968
G1 X154.483 Y165.884 E.05797
G2 X154.796 Y169.046 I20.794 J-.462 E.10551
G2 X156.103 Y172.265 I8.8 J-1.7 E.11597
G2 X158.218 Y174.382 I7.942 J-5.815 E.09965
G1 X158.483 Y174.505 E.0097
G1 X158.526 Y174.482 E.00162
G2 X160.389 Y175.443 I5.752 J-8.868 E.06966
G3 X159.485 Y175.653 I-1.946 J-6.314 E.03081
G1 X158.492 Y175.745 E.0331
G3 X154.569 Y174.6 I-.014 J-7.239 E.13741
G3 X151.478 Y171.804 I6.971 J-10.815 E.13888
G3 X150.779 Y170.875 I16.514 J-13.156 E.03857
G1 X150.628 Y170.729 E.00694
G1 X150.214 Y170.517 E.01543
G1 X149.749 Y170.528 E.01544
G1 X149.505 Y170.638 E.00886
G1 X149.202 Y170.899 E.01326
G3 X145.769 Y174.381 I-11.34 J-7.746 E.1631
G3 X141.967 Y175.738 I-4.372 J-6.25 E.13549
G3 X140.435 Y175.64 I-.28 J-7.673 E.05101
G1 X139.616 Y175.444 E.02794
G2 X141.339 Y174.574 I-5.426 J-12.877 E.06409
G2 X141.866 Y174.313 I-.237 J-1.144 E.01972
G2 X143.552 Y172.724 I-6.262 J-8.331 E.07702
G2 X145.219 Y168.978 I-6.759 J-5.25 E.13734
G2 X145.509 Y166.146 I-20.495 J-3.535 E.09451
G3 X145.7 Y162.097 I63.345 J.954 E.13447
G3 X146.481 Y159.015 I10.743 J1.082 E.10585
G3 X149.034 Y155.885 I7.518 J3.526 E.13534
G1 X149.952 Y155.209 E.03782
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X150.962 Y155.882 E-.08652
G1 X151.468 Y156.294 E-.04646
G1 X151.566 Y156.384 E-.00952
; WIPE_END
G1 E-.0075 F3600
G1 X153.368 Y152.802 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G1 X152.828 Y153.3 E.02438
G3 X150.788 Y154.304 I-3.259 J-4.047 E.07603
G1 X150.182 Y154.522 E.02134
G1 X150.129 Y154.677 E.00546
G1 X150.211 Y154.824 E.00556
G3 X152.179 Y156.396 I-9.087 J13.383 E.08363
G3 X154.582 Y161.164 I-6.034 J6.032 E.18014
G3 X154.837 Y164.123 I-24.307 J3.58 E.09858
G1 X154.89 Y165.872 E.05803
G2 X155.193 Y168.956 I20.431 J-.451 E.10289
G2 X156.429 Y172.02 I8.4 J-1.607 E.11032
G2 X158.561 Y174.106 I7.133 J-5.16 E.09941
G1 X158.632 Y174.067 E.00268
G2 X160.201 Y174.922 I5.693 J-8.592 E.05935
G2 X161.564 Y175.448 I4.822 J-10.463 E.04848
G3 X156.889 Y175.995 I-3.182 J-6.93 E.15873
G3 X153.398 Y174.28 I2.101 J-8.685 E.13008
G3 X150.45 Y171.115 I9.469 J-11.775 E.14396
G1 X150.177 Y170.933 E.01087
G1 X149.831 Y170.927 E.01149
G1 X149.531 Y171.139 E.0122
G3 X145.953 Y174.746 I-11.629 J-7.956 E.16944
G3 X141.921 Y176.147 I-4.527 J-6.526 E.14337
G3 X139.279 Y175.771 I-.221 J-7.913 E.08895
G1 X138.443 Y175.454 E.02966
G2 X140.571 Y174.546 I-5.418 J-15.66 E.07681
G1 X141.359 Y174.082 E.03033
G1 X141.413 Y174.108 E.00199
G1 X141.612 Y173.996 E.00759
G2 X143.937 Y171.425 I-4.878 J-6.749 E.11584
G2 X144.935 Y168.193 I-8.425 J-4.371 E.11279
G2 X145.168 Y164.134 I-41.664 J-4.422 E.13493
G3 X145.546 Y160.544 I18.708 J.16 E.11993
G3 X148.274 Y155.984 I8.141 J1.774 E.17937
G3 X149.789 Y154.824 I11.409 J13.319 E.06333
G1 X149.871 Y154.677 E.00556
G1 X149.818 Y154.522 E.00546
G1 X149.729 Y154.465 E.00349
G3 X148.433 Y154.044 I8.551 J-28.531 E.04521
G1 X147.902 Y153.799 E.0194
G1 X147.175 Y153.303 E.02919
G2 X146.174 Y152.418 I-10.267 J10.618 E.04434
G1 X146.014 Y152.451 E.00541
G1 X145.928 Y152.595 E.00555
G3 X145.55 Y155.085 I-16.135 J-1.178 E.08363
G3 X142.623 Y159.55 I-8.241 J-2.209 E.18014
G3 X140.188 Y161.25 I-15.256 J-19.264 E.09859
G1 X138.7 Y162.17 E.05803
G2 X136.18 Y163.975 I10.606 J17.468 E.10289
G2 X134.144 Y166.578 I5.592 J6.472 E.11032
G2 X133.404 Y169.467 I8.036 J3.598 E.09941
G1 X133.473 Y169.509 E.00268
G2 X133.744 Y172.738 I12.177 J.605 E.10779
G3 X130.932 Y168.965 I4.402 J-6.214 E.15868
G3 X130.672 Y165.082 I8.59 J-2.525 E.13011
G3 X131.939 Y160.947 I14.932 J2.313 E.14397
G1 X131.961 Y160.62 E.01087
G1 X131.792 Y160.317 E.01149
G1 X131.458 Y160.163 E.0122
G3 X126.546 Y158.869 I1.075 J-14.048 E.16944
G3 X123.317 Y156.079 I3.392 J-7.188 E.14329
G3 X122.321 Y153.601 I6.742 J-4.15 E.08902
G1 X122.178 Y152.718 E.02965
G2 X124.028 Y154.108 I10.85 J-12.518 E.07681
G1 X124.823 Y154.557 E.03028
G1 X124.826 Y154.617 E.002
G1 X125.007 Y154.728 E.00704
G2 X127.734 Y155.444 I3.648 J-8.338 E.09389
G2 X131.032 Y154.967 I.44 J-8.593 E.11123
G2 X133.58 Y153.825 I-7.03 J-19.105 E.09271
G3 X137.215 Y151.95 I30.893 J55.425 E.1357
G3 X140.392 Y151.055 I4.461 J9.754 E.10992
G3 X144.577 Y151.73 I.745 J8.688 E.14205
G1 X145.716 Y152.228 E.04121
G1 X145.883 Y152.226 E.00557
G1 X145.991 Y152.103 E.00541
G1 X145.996 Y151.997 E.00352
G3 X145.688 Y150.435 I13.043 J-3.38 E.05286
G1 X145.666 Y149.925 E.01694
G1 X145.726 Y149.211 E.02377
G1 X145.979 Y148.078 E.0385
G1 X145.98 Y147.9 E.0059
; LINE_WIDTH: 0.426759
G1 F9378.932
G1 X145.893 Y147.822 E.00366
; LINE_WIDTH: 0.413394
G1 F9717.281
G1 X145.805 Y147.797 E.00278
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X145.716 Y147.772 E.00305
G3 X143.371 Y148.689 I-7.043 J-14.555 E.0836
M73 P46 R7
G3 X138.041 Y148.387 I-2.207 J-8.242 E.18014
G3 X135.351 Y147.127 I9.054 J-22.843 E.09859
G1 X133.81 Y146.299 E.05803
G2 X130.988 Y145.019 I-9.824 J17.919 E.10289
G2 X127.715 Y144.558 I-2.801 J8.02 E.11033
G2 X124.844 Y145.362 I.895 J8.724 E.09939
G1 X124.842 Y145.441 E.00265
G2 X122.18 Y147.29 I5.564 J10.848 E.10782
G3 X124.042 Y142.969 I7.582 J.705 E.15868
G3 X127.274 Y140.803 I6.482 J6.176 E.13011
G3 X131.489 Y139.832 I5.463 J14.088 E.14396
G1 X131.783 Y139.687 E.01087
G1 X131.961 Y139.39 E.01149
G1 X131.927 Y139.024 E.01221
G3 X130.592 Y134.122 I12.704 J-6.093 E.16944
G3 X131.395 Y129.931 I7.919 J-.656 E.14332
G3 X133.042 Y127.83 I6.962 J3.761 E.089
G1 X133.735 Y127.265 E.02965
G2 X133.457 Y129.563 I16.25 J3.135 E.07687
G1 X133.465 Y130.474 E.03022
G1 X133.415 Y130.507 E.002
G1 X133.41 Y130.72 E.00704
G2 X134.152 Y133.439 I9.045 J-1.01 E.09389
G2 X136.214 Y136.056 I7.662 J-3.915 E.11123
G2 X138.478 Y137.692 I13.031 J-15.641 E.09271
G3 X141.919 Y139.903 I-32.557 J54.472 E.1357
G3 X144.282 Y142.207 I-6.217 J8.741 E.10992
G3 X145.79 Y146.169 I-7.151 J4.989 E.14205
G1 X145.928 Y147.404 E.04122
G1 X145.981 Y147.462 E.00261
; LINE_WIDTH: 0.413395
G1 F9717.255
G1 X146.035 Y147.519 E.00237
; LINE_WIDTH: 0.426759
G1 F9378.932
G1 X146.171 Y147.57 E.00455
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X146.268 Y147.533 E.00344
G1 X147.172 Y146.7 E.04079
G3 X148.558 Y145.9 I3.42 J4.326 E.05327
G1 X149.58 Y145.581 E.03551
G1 X149.809 Y145.471 E.00843
; LINE_WIDTH: 0.427346
G1 F9364.612
G1 X149.822 Y145.413 E.00185
; LINE_WIDTH: 0.401807
G1 F10031.026
G1 X149.834 Y145.355 E.00173
; LINE_WIDTH: 0.413133
G1 F9724.131
G1 X149.811 Y145.266 E.00278
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X149.789 Y145.176 E.00305
G3 X147.821 Y143.604 I9.087 J-13.383 E.08363
G3 X145.418 Y138.836 I6.034 J-6.032 E.18014
G3 X145.163 Y135.877 I24.307 J-3.58 E.09858
G1 X145.11 Y134.128 E.05803
G2 X144.807 Y131.044 I-20.431 J.451 E.10289
G2 X143.571 Y127.979 I-8.345 J1.584 E.11035
G2 X141.441 Y125.891 I-7.346 J5.363 E.09939
G1 X141.365 Y125.931 E.00283
G2 X139.798 Y125.078 I-5.736 J8.677 E.05926
G2 X138.436 Y124.552 I-4.819 J10.457 E.04846
G3 X143.111 Y124.005 I3.175 J6.875 E.15877
G3 X146.602 Y125.72 I-2.101 J8.685 E.13008
G3 X149.55 Y128.885 I-9.469 J11.775 E.14396
G1 X149.823 Y129.067 E.01088
G1 X150.169 Y129.073 E.01149
G1 X150.469 Y128.861 E.0122
G3 X154.004 Y125.281 I11.666 J7.984 E.16777
G3 X157.982 Y123.855 I4.618 J6.621 E.14185
G1 X158.841 Y123.862 E.02849
G3 X161.554 Y124.546 I-.683 J8.427 E.09325
G1 X161.51 Y124.563 E.00156
G2 X159.123 Y125.619 I5.202 J14.979 E.08671
G1 X158.631 Y125.933 E.01935
G1 X158.561 Y125.895 E.00264
G1 X158.392 Y126.001 E.00661
G2 X156.063 Y128.575 I4.826 J6.708 E.11602
G2 X155.065 Y131.807 I8.497 J4.394 E.11278
G2 X154.832 Y135.866 I41.664 J4.422 E.13493
G3 X154.454 Y139.456 I-18.708 J-.16 E.11993
G3 X151.726 Y144.016 I-8.141 J-1.774 E.17937
G3 X150.211 Y145.176 I-11.409 J-13.319 E.06333
G1 X150.189 Y145.251 E.00259
; LINE_WIDTH: 0.413133
G1 F9724.131
G1 X150.166 Y145.326 E.00235
; LINE_WIDTH: 0.401807
G1 F10031.026
G1 X150.178 Y145.398 E.00215
; LINE_WIDTH: 0.427346
G1 F9364.612
G1 X150.191 Y145.471 E.0023
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X150.271 Y145.535 E.00341
G3 X151.776 Y146.047 I-3.521 J12.812 E.05276
G1 X152.234 Y146.286 E.01713
G1 X152.825 Y146.697 E.02389
G1 X153.678 Y147.483 E.03848
G1 X153.829 Y147.57 E.00577
; LINE_WIDTH: 0.426757
G1 F9378.982
G1 X153.94 Y147.534 E.00366
; LINE_WIDTH: 0.413396
G1 F9717.242
G1 X154.006 Y147.47 E.00278
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X154.072 Y147.405 E.00305
G3 X154.45 Y144.915 I16.135 J1.178 E.08363
G3 X157.377 Y140.45 I8.241 J2.209 E.18014
G3 X159.812 Y138.75 I15.256 J19.264 E.09859
G1 X161.3 Y137.83 E.05803
G2 X163.82 Y136.025 I-10.607 J-17.468 E.10289
G2 X165.856 Y133.422 I-5.592 J-6.472 E.11032
G2 X166.596 Y130.534 I-8.059 J-3.605 E.09939
G1 X166.527 Y130.491 E.0027
G2 X166.256 Y127.261 I-12.18 J-.605 E.10782
G3 X169.068 Y131.035 I-4.407 J6.218 E.1587
G3 X169.328 Y134.918 I-8.59 J2.525 E.13011
G3 X168.061 Y139.053 I-14.932 J-2.313 E.14397
G1 X168.04 Y139.38 E.01087
G1 X168.208 Y139.683 E.01149
G1 X168.542 Y139.837 E.01221
G3 X173.454 Y141.131 I-1.075 J14.048 E.16944
G3 X176.683 Y143.921 I-3.392 J7.188 E.14329
G3 X177.679 Y146.399 I-6.742 J4.15 E.08902
G1 X177.822 Y147.282 E.02965
G2 X175.972 Y145.892 I-10.85 J12.519 E.07681
G1 X175.177 Y145.443 E.03028
G1 X175.174 Y145.383 E.002
G1 X174.993 Y145.272 E.00704
G2 X172.266 Y144.556 I-3.648 J8.338 E.09389
G2 X168.968 Y145.033 I-.44 J8.593 E.11123
G2 X166.42 Y146.175 I7.03 J19.105 E.09271
G3 X162.785 Y148.05 I-30.893 J-55.425 E.1357
G3 X159.608 Y148.945 I-4.461 J-9.754 E.10992
G3 X155.423 Y148.27 I-.745 J-8.688 E.14205
G1 X154.284 Y147.772 E.04121
G1 X154.208 Y147.789 E.00259
; LINE_WIDTH: 0.413396
G1 F9717.242
G1 X154.132 Y147.807 E.00236
; LINE_WIDTH: 0.426757
G1 F9378.982
G1 X154.02 Y147.9 E.00455
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X154.004 Y148.003 E.00344
G1 X154.273 Y149.207 E.04094
G3 X154.138 Y151.396 I-4.962 J.793 E.07333
G1 X154.009 Y152.103 E.02386
G1 X154.117 Y152.226 E.00541
G1 X154.284 Y152.228 E.00555
G3 X156.629 Y151.311 I7.043 J14.555 E.0836
G3 X161.959 Y151.613 I2.207 J8.242 E.18014
G3 X164.649 Y152.873 I-9.054 J22.843 E.09859
G1 X166.19 Y153.701 E.05802
G2 X169.012 Y154.981 I9.825 J-17.919 E.10289
G2 X172.285 Y155.442 I2.801 J-8.02 E.11033
G2 X175.156 Y154.639 I-.897 J-8.733 E.09938
G1 X175.158 Y154.559 E.00266
G2 X177.82 Y152.71 I-5.564 J-10.849 E.10782
G3 X175.958 Y157.031 I-7.582 J-.705 E.15868
G3 X172.726 Y159.197 I-6.482 J-6.176 E.13011
G3 X168.511 Y160.168 I-5.463 J-14.088 E.14396
G1 X168.217 Y160.313 E.01088
G1 X168.039 Y160.61 E.01149
G1 X168.073 Y160.976 E.0122
G3 X169.408 Y165.878 I-12.704 J6.093 E.16944
G3 X168.606 Y170.068 I-7.921 J.656 E.14329
G3 X166.958 Y172.17 I-6.965 J-3.763 E.08903
G1 X166.265 Y172.735 E.02965
G2 X166.543 Y170.439 I-16.267 J-3.137 E.07681
G1 X166.535 Y169.53 E.03014
G1 X166.586 Y169.497 E.00201
G1 X166.594 Y169.287 E.00697
G2 X165.848 Y166.561 I-9.236 J1.064 E.09414
G2 X163.786 Y163.944 I-7.615 J3.878 E.11124
G2 X161.522 Y162.308 I-13.031 J15.641 E.09271
G3 X158.081 Y160.097 I32.557 J-54.472 E.1357
G3 X155.718 Y157.793 I6.217 J-8.741 E.10992
G3 X154.21 Y153.831 I7.151 J-4.989 E.14205
G1 X154.072 Y152.596 E.04122
G1 X153.986 Y152.451 E.0056
G1 X153.826 Y152.418 E.00541
G1 X153.732 Y152.467 E.00352
G1 X153.412 Y152.762 E.01442
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X152.828 Y153.3 E-.05663
G1 X152.372 Y153.635 E-.04033
G1 X151.921 Y153.887 E-.03677
G1 X151.808 Y153.937 E-.00876
; WIPE_END
G1 E-.0075 F3600
G1 X130.634 Y149.966 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X130.597 Y149.914 E.00195
G1 X130.54 Y149.836 E.00298
G3 X127.009 Y147.41 I8.068 J-15.528 E.13199
G3 X125.5 Y145.714 I9.374 J-9.858 E.06981
G1 X125.414 Y145.67 E.00297
G1 X125.381 Y145.653 E.00115
G1 X125.359 Y145.642 E.00074
G2 X123.534 Y146.701 I4.204 J9.348 E.06496
G2 X122.205 Y147.787 I7.773 J10.87 E.05277
G1 X121.984 Y147.822 E.00686
G1 X121.804 Y147.712 E.00649
G1 X121.763 Y147.492 E.00689
G3 X123.406 Y143.115 I8.23 J.593 E.14563
G3 X126.573 Y140.681 I6.757 J5.516 E.12383
G3 X131.459 Y139.437 I6.07 J13.625 E.15566
G1 X131.506 Y139.395 E.00193
G2 X131.568 Y139.284 I-.02 J-.085 E.00442
G1 X131.569 Y139.183 E.0031
G3 X130.207 Y134.284 I13.165 J-6.298 E.15703
G3 X130.768 Y130.337 I8.621 J-.788 E.1236
G3 X133.224 Y127.157 I7.501 J3.254 E.12475
G1 X133.679 Y126.813 E.01751
G1 X133.873 Y126.726 E.00655
G1 X134.07 Y126.793 E.00638
G1 X134.18 Y126.972 E.00647
G2 X133.912 Y128.694 I49.082 J8.535 E.05355
G2 X133.848 Y130.321 I11.706 J1.276 E.05006
G1 X133.905 Y130.839 E.01603
G1 X133.926 Y130.853 E.00074
G1 X133.957 Y130.873 E.00115
G1 X134.038 Y130.926 E.00297
G3 X138.809 Y132.474 I-1.556 J12.92 E.15507
G3 X140.192 Y133.253 I-18.67 J34.743 E.0488
G1 X140.23 Y133.243 E.00122
G1 X140.347 Y133.21 E.00373
G1 X140.372 Y133.154 E.00188
G1 X140.413 Y133.065 E.003
G3 X140.748 Y128.794 I17.482 J-.777 E.13199
G3 X141.462 Y126.64 I13.223 J3.189 E.06981
G1 X141.457 Y126.543 E.00297
G1 X141.455 Y126.506 E.00115
G1 X141.454 Y126.481 E.00074
G2 X138.625 Y125.034 I-6.225 J8.678 E.09801
G1 X137.975 Y124.782 E.02141
G1 X137.878 Y124.648 E.00509
G1 X137.885 Y124.435 E.00653
G1 X138.055 Y124.291 E.00685
G3 X142.648 Y123.524 I3.603 J7.443 E.14505
G3 X146.357 Y125.053 I-1.383 J8.619 E.12438
G3 X149.877 Y128.662 I-8.764 J12.069 E.15566
G1 X149.937 Y128.682 E.00197
G2 X150.066 Y128.677 I.062 J-.062 E.00446
G1 X150.153 Y128.63 E.00302
G3 X153.714 Y125.001 I12.036 J8.252 E.15703
G3 X157.395 Y123.516 I4.99 J7.064 E.12304
G1 X157.965 Y123.462 E.01761
G3 X162.061 Y124.361 I.318 J8.334 E.13023
G1 X162.136 Y124.556 E.00643
G1 X162.067 Y124.756 E.00649
G1 X161.921 Y124.847 E.0053
G2 X159.334 Y125.95 I4.08 J13.162 E.08656
G1 X158.546 Y126.481 E.02919
G1 X158.545 Y126.506 E.00074
G1 X158.543 Y126.543 E.00115
G1 X158.538 Y126.64 E.00297
G3 X159.583 Y131.545 I-11.967 J5.113 E.15507
G3 X159.599 Y133.133 I-39.379 J1.202 E.0488
G1 X159.627 Y133.161 E.00122
G1 X159.713 Y133.245 E.00368
G1 X159.776 Y133.239 E.00195
G1 X159.872 Y133.23 E.00298
G3 X163.739 Y131.384 I9.414 J14.751 E.13199
G3 X165.962 Y130.926 I3.85 J13.047 E.06981
G1 X166.043 Y130.873 E.00297
G1 X166.074 Y130.853 E.00115
G1 X166.095 Y130.839 E.00074
G2 X166.09 Y128.729 I-10.197 J-1.034 E.06496
G2 X165.814 Y127.035 I-13.299 J1.297 E.05277
G1 X165.894 Y126.827 E.00686
G1 X166.079 Y126.726 E.00648
G1 X166.292 Y126.8 E.00694
G3 X169.259 Y130.411 I-4.642 J6.839 E.14559
G3 X169.783 Y134.371 I-8.155 J3.094 E.12383
G3 X168.418 Y139.224 I-14.834 J-1.555 E.15566
M73 P46 R6
G1 X168.431 Y139.286 E.00193
G2 X168.497 Y139.396 I.083 J.025 E.00442
G1 X168.584 Y139.447 E.0031
G3 X173.585 Y140.757 I-1.121 J14.479 E.15971
G3 X176.995 Y143.679 I-3.541 J7.584 E.13971
G3 X178.24 Y147.546 I-7.234 J4.462 E.12603
G1 X178.219 Y147.671 E.00388
G1 X178.063 Y147.808 E.00638
G1 X177.852 Y147.814 E.00647
G2 X176.495 Y146.72 I-31.933 J38.239 E.05355
G2 X175.119 Y145.851 I-6.951 J9.489 E.05006
G1 X174.641 Y145.642 E.01604
G1 X174.619 Y145.653 E.00074
G1 X174.586 Y145.67 E.00115
G1 X174.5 Y145.714 E.00297
G3 X170.774 Y149.071 I-10.411 J-7.808 E.15507
G3 X169.407 Y149.88 I-20.753 J-33.54 E.0488
G1 X169.397 Y149.918 E.00122
G1 X169.367 Y150.035 E.00373
G1 X169.402 Y150.085 E.00188
G1 X169.46 Y150.164 E.003
G3 X172.991 Y152.59 I-8.068 J15.528 E.13199
G3 X174.5 Y154.286 I-9.374 J9.858 E.06981
G1 X174.586 Y154.33 E.00297
G1 X174.619 Y154.347 E.00115
G1 X174.641 Y154.358 E.00074
G2 X176.466 Y153.299 I-4.204 J-9.348 E.06496
G2 X177.795 Y152.213 I-7.773 J-10.87 E.05277
G1 X178.016 Y152.178 E.00686
G1 X178.196 Y152.288 E.00649
G1 X178.237 Y152.508 E.00689
G3 X176.594 Y156.885 I-8.23 J-.593 E.14563
G3 X173.427 Y159.319 I-6.757 J-5.516 E.12383
G3 X168.541 Y160.563 I-6.07 J-13.625 E.15566
G1 X168.494 Y160.605 E.00194
G2 X168.432 Y160.717 I.021 J.085 E.00443
G1 X168.431 Y160.817 E.00307
G3 X169.793 Y165.716 I-13.165 J6.298 E.15703
G3 X169.232 Y169.663 I-8.621 J.788 E.1236
G3 X166.776 Y172.843 I-7.501 J-3.254 E.12475
G1 X166.321 Y173.187 E.01751
G1 X166.127 Y173.274 E.00655
G1 X165.93 Y173.207 E.00638
G1 X165.82 Y173.028 E.00647
G2 X166.088 Y171.306 I-49.086 J-8.536 E.05355
G2 X166.152 Y169.679 I-11.693 J-1.276 E.05006
G1 X166.095 Y169.161 E.01603
G1 X166.074 Y169.147 E.00074
G1 X166.043 Y169.127 E.00115
G1 X165.962 Y169.074 E.00297
G3 X161.191 Y167.526 I1.556 J-12.92 E.15507
G3 X159.796 Y166.745 I24.989 J-46.263 E.04915
G1 X159.766 Y166.755 E.00097
G1 X159.648 Y166.794 E.00381
G1 X159.628 Y166.842 E.0016
G1 X159.587 Y166.935 E.00311
G3 X159.252 Y171.206 I-17.482 J.777 E.13199
G3 X158.538 Y173.36 I-13.223 J-3.189 E.06981
G1 X158.543 Y173.457 E.00297
G1 X158.545 Y173.494 E.00115
G1 X158.546 Y173.519 E.00074
G2 X161.375 Y174.966 I6.225 J-8.677 E.098
G1 X162.025 Y175.218 E.02142
G1 X162.121 Y175.354 E.00513
G1 X162.117 Y175.561 E.00636
G1 X161.945 Y175.709 E.00697
G3 X157.352 Y176.476 I-3.603 J-7.443 E.14505
G3 X153.643 Y174.947 I1.383 J-8.619 E.12438
G3 X150.123 Y171.338 I8.764 J-12.069 E.15566
G1 X150.062 Y171.318 E.00197
G2 X149.934 Y171.323 I-.062 J.062 E.00446
G1 X149.847 Y171.37 E.00301
G3 X146.286 Y174.999 I-12.036 J-8.252 E.15703
G3 X142.605 Y176.484 I-4.99 J-7.064 E.12304
G3 X138.605 Y175.95 I-.953 J-8.112 E.12531
G1 X138.079 Y175.728 E.01755
G1 X137.91 Y175.606 E.0064
G1 X137.867 Y175.399 E.0065
G1 X137.967 Y175.214 E.00645
G2 X139.592 Y174.586 I-17.162 J-46.806 E.05355
G2 X141.033 Y173.828 I-4.742 J-10.764 E.05007
G1 X141.454 Y173.519 E.01604
G1 X141.455 Y173.494 E.00074
G1 X141.457 Y173.457 E.00115
G1 X141.462 Y173.36 E.00297
G3 X140.417 Y168.455 I11.967 J-5.113 E.15507
G3 X140.401 Y166.867 I39.366 J-1.201 E.0488
G1 X140.373 Y166.839 E.00123
G1 X140.29 Y166.756 E.0036
G1 X140.223 Y166.762 E.00206
G1 X140.128 Y166.77 E.00294
G3 X136.261 Y168.616 I-9.414 J-14.751 E.13199
G3 X134.038 Y169.074 I-3.85 J-13.047 E.06981
G1 X133.957 Y169.127 E.00297
G1 X133.926 Y169.147 E.00115
G1 X133.905 Y169.161 E.00074
G2 X133.91 Y171.271 I10.197 J1.034 E.06496
G2 X134.186 Y172.965 I13.299 J-1.297 E.05277
G1 X134.106 Y173.173 E.00686
G1 X133.921 Y173.274 E.00649
G1 X133.709 Y173.199 E.00689
G3 X130.741 Y169.589 I4.629 J-6.831 E.14562
G3 X130.217 Y165.629 I8.155 J-3.094 E.12383
G3 X131.582 Y160.776 I14.834 J1.555 E.15566
G1 X131.569 Y160.713 E.00196
G2 X131.501 Y160.604 I-.084 J-.023 E.00445
G1 X131.416 Y160.553 E.00303
G3 X126.493 Y159.283 I1.128 J-14.55 E.15703
G3 X123.356 Y156.824 I3.628 J-7.86 E.1236
G3 X121.829 Y153.107 I6.568 J-4.87 E.12475
G1 X121.758 Y152.541 E.01751
G1 X121.781 Y152.329 E.00655
G1 X121.937 Y152.192 E.00638
G1 X122.148 Y152.186 E.00647
G2 X123.505 Y153.28 I31.938 J-38.245 E.05355
G2 X124.881 Y154.149 I6.951 J-9.488 E.05006
G1 X125.359 Y154.358 E.01604
G1 X125.381 Y154.347 E.00074
G1 X125.414 Y154.33 E.00115
G1 X125.5 Y154.286 E.00297
G3 X129.226 Y150.929 I10.411 J7.808 E.15507
G3 X130.593 Y150.12 I20.731 J33.503 E.0488
G1 X130.603 Y150.082 E.00122
G1 X130.618 Y150.024 E.00183
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X130.597 Y149.914 E-.00797
G1 X130.54 Y149.836 E-.0069
G1 X129.71 Y149.369 E-.06786
G1 X128.996 Y148.929 E-.05976
; WIPE_END
G1 E-.0075 F3600
G1 X124.807 Y155.473 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G2 X126.925 Y156.088 I5.098 J-13.6 E.06116
G2 X131.284 Y155.662 I1.342 J-8.796 E.12261
G2 X133.299 Y154.803 I-6.383 J-17.759 E.06071
G1 X136.305 Y153.211 E.09427
G3 X139.131 Y152.042 I7.686 J14.583 E.08484
G3 X141.357 Y151.766 I2.027 J7.234 E.06239
G1 X142.328 Y151.845 E.02699
G3 X144.668 Y152.581 I-1.87 J10.029 E.06813
G1 X145.149 Y152.741 E.01403
G1 X145.197 Y152.773 E.0016
G3 X144.828 Y154.895 I-24.505 J-3.166 E.0597
G3 X142.954 Y158.195 I-6.973 J-1.778 E.1064
G3 X140.367 Y160.252 I-10.244 J-10.232 E.09178
G1 X137.676 Y161.948 E.08813
G1 X137.385 Y162.103 E.00913
G1 X136.868 Y162.488 E.01785
G2 X134.247 Y164.974 I6.71 J9.698 E.10049
G2 X132.707 Y169.015 I6.697 J4.865 E.12119
G1 X132.652 Y169.205 E.0055
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X132.707 Y169.015 E-.01414
G1 X132.796 Y168.397 E-.04447
G1 X132.959 Y167.656 E-.05404
G1 X133.087 Y167.257 E-.02985
; WIPE_END
G1 E-.0075 F3600
G1 X143.539 Y171.659 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X141.681 Y173.517 E.08072
G1 X141.573 Y173.092
G1 X144.093 Y170.572 E.10953
G1 X144.383 Y169.749
G1 X141.422 Y172.709 E.12865
M73 P47 R6
G1 X141.284 Y172.314
G1 X144.556 Y169.042 E.14221
G1 X144.679 Y168.386
G1 X141.151 Y171.914 E.15333
G1 X141.038 Y171.494
G1 X144.761 Y167.771 E.16179
G1 X144.81 Y167.188
G1 X140.932 Y171.067 E.16853
G1 X140.845 Y170.62
G1 X144.848 Y166.617 E.17395
G1 X144.883 Y166.049
G1 X140.77 Y170.162 E.1787
G1 X140.709 Y169.69
G1 X144.901 Y165.498 E.18216
G1 X144.919 Y164.947
G1 X140.667 Y169.199 E.18477
G1 X140.632 Y168.7
G1 X144.936 Y164.396 E.18706
G1 X144.954 Y163.844
G1 X140.617 Y168.182 E.18848
G1 X140.611 Y167.655
G1 X144.978 Y163.288 E.18977
G1 X145.02 Y162.712
G1 X140.616 Y167.116 E.19137
G1 X140.519 Y166.68
G1 X145.062 Y162.137 E.19741
G1 X145.137 Y161.529
G1 X140.109 Y166.557 E.21848
M204 S10000
G1 X138.881 Y167.252 F30000
M204 S2000
G1 F9547.055
G1 X145.243 Y160.889 E.27649
G1 X145.408 Y160.192
G1 X137.802 Y167.797 E.33049
G1 X136.883 Y168.183
G1 X145.634 Y159.432 E.38026
G1 X146.034 Y158.499
G1 X136.084 Y168.449 E.4324
G1 X135.361 Y168.638
G1 X146.918 Y157.082 E.5022
M204 S10000
G1 X148.996 Y154.47 F30000
M204 S2000
G1 F9547.055
G1 X134.694 Y168.772 E.62151
G1 X134.066 Y168.867
G1 X148.59 Y154.343 E.63115
G1 X148.201 Y154.198
G1 X144.428 Y157.972 E.16398
M204 S10000
G1 X145.212 Y156.655 F30000
M204 S2000
G1 F9547.055
G1 X147.841 Y154.025 E.11426
G1 X147.509 Y153.824
G1 X145.583 Y155.75 E.08372
G1 X145.796 Y155.003
G1 X147.202 Y153.598 E.06108
G1 X146.908 Y153.359
G1 X145.935 Y154.331 E.04226
G1 X146.028 Y153.705
G1 X146.63 Y153.103 E.02617
M204 S10000
G1 X142.378 Y160.022 F30000
M204 S2000
G1 F9547.055
G1 X133.729 Y168.671 E.37583
G1 X133.872 Y167.995
G1 X140.639 Y161.227 E.29407
M204 S10000
G1 X139.21 Y162.123 F30000
M204 S2000
G1 F9547.055
G1 X134.121 Y167.212 E.22112
G1 X134.602 Y166.198
G1 X137.736 Y163.064 E.13619
M204 S10000
G1 X141.332 Y160.772 F30000
; FEATURE: Gap infill
; LINE_WIDTH: 0.112131
G1 F15000
G1 X141.127 Y160.941 E.0015
; LINE_WIDTH: 0.160289
G1 X140.921 Y161.112 E.00256
; LINE_WIDTH: 0.205907
G1 X140.7 Y161.288 E.00375
G1 X139.844 Y161.727 F30000
; LINE_WIDTH: 0.111351
G1 F15000
G1 X139.653 Y161.879 E.00136
; LINE_WIDTH: 0.157714
G1 X139.462 Y162.032 E.00229
; LINE_WIDTH: 0.204077
G1 X139.271 Y162.184 E.00321
G1 X138.415 Y162.623 F30000
; LINE_WIDTH: 0.105451
G1 F15000
G1 X138.289 Y162.723 E.00082
; LINE_WIDTH: 0.140013
G1 X138.163 Y162.824 E.00128
; LINE_WIDTH: 0.174575
G1 X138.037 Y162.924 E.00173
; LINE_WIDTH: 0.211748
G1 X137.796 Y163.125 E.00431
G1 X136.452 Y164.051 F30000
; LINE_WIDTH: 0.113184
G1 F15000
G2 X135.284 Y165.218 I12.267 J13.437 E.00946
G1 X134.176 Y167.266 F30000
; LINE_WIDTH: 0.0941269
G1 F15000
G1 X133.98 Y167.596 E.0016
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X134.176 Y167.266 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X138.819 Y167.191 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.201798
G1 F15000
G1 X138.691 Y167.287 E.00208
; LINE_WIDTH: 0.163985
G1 X138.562 Y167.383 E.00159
; LINE_WIDTH: 0.126172
G1 X138.433 Y167.479 E.00109
; LINE_WIDTH: 0.0977179
G1 X138.368 Y167.525 E.00036
G1 X140.044 Y166.492 F30000
; LINE_WIDTH: 0.192957
G1 F15000
G1 X139.883 Y166.616 E.00248
; LINE_WIDTH: 0.151042
G1 X139.723 Y166.74 E.00179
; LINE_WIDTH: 0.109127
G1 X139.563 Y166.865 E.00109
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X139.723 Y166.74 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X143.846 Y171.113 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.111249
G1 F15000
G1 X143.724 Y171.275 E.00113
; LINE_WIDTH: 0.157409
G1 X143.602 Y171.438 E.0019
; LINE_WIDTH: 0.203568
G1 X143.48 Y171.6 E.00266
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X143.602 Y171.438 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X145.078 Y161.321 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.138545
G1 F15000
G1 X145.152 Y161.544 E.00183
G1 X145.495 Y159.863 F30000
; LINE_WIDTH: 0.10727
G1 F15000
G2 X145.34 Y160.124 I6.6 J4.094 E.00159
G1 X146.289 Y158.004 F30000
; LINE_WIDTH: 0.109947
G1 F15000
G1 X146.184 Y158.148 E.00098
; LINE_WIDTH: 0.153499
G1 X146.078 Y158.293 E.00161
; LINE_WIDTH: 0.197052
G1 X145.973 Y158.437 E.00225
G1 X144.488 Y158.032 F30000
; LINE_WIDTH: 0.221949
G1 F15000
G1 X144.329 Y158.219 E.00358
; LINE_WIDTH: 0.196163
G1 X144.12 Y158.448 E.00387
; LINE_WIDTH: 0.159894
G1 X143.273 Y159.319 E.01158
G1 X142.798 Y159.765 E.00622
; LINE_WIDTH: 0.213246
G1 X142.438 Y160.082 E.00665
G1 X145.274 Y156.716 F30000
; LINE_WIDTH: 0.199936
G1 F15000
G1 X145.198 Y156.825 E.00169
; LINE_WIDTH: 0.168938
G1 X145.118 Y156.937 E.00141
; LINE_WIDTH: 0.136643
G1 X145.033 Y157.047 E.00107
; LINE_WIDTH: 0.104327
G1 X144.948 Y157.157 E.0007
G1 X146.003 Y154.4 F30000
; LINE_WIDTH: 0.132079
G1 F15000
G1 X145.88 Y154.633 E.00192
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X146.003 Y154.4 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X149.127 Y154.491 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.177216
G1 F15000
G1 X149.151 Y154.53 E.0005
; LINE_WIDTH: 0.220199
G1 X149.174 Y154.57 E.00066
; LINE_WIDTH: 0.263181
G1 X149.197 Y154.61 E.00082
; LINE_WIDTH: 0.306163
G1 F13675.583
G1 X149.22 Y154.649 E.00098
; LINE_WIDTH: 0.349146
G1 F11756.055
G1 X149.243 Y154.689 E.00114
; LINE_WIDTH: 0.395181
G1 F10219.706
G1 X149.26 Y154.734 E.00138
; LINE_WIDTH: 0.390337
G1 F10362.195
G1 X149.029 Y154.934 E.00867
; LINE_WIDTH: 0.346367
G1 F11863.689
G1 X148.797 Y155.135 E.00757
; LINE_WIDTH: 0.302397
G1 F13874.055
G1 X148.566 Y155.335 E.00648
; LINE_WIDTH: 0.257935
G1 F15000
G1 X148.329 Y155.54 E.00549
; LINE_WIDTH: 0.202446
G1 X147.4 Y156.433 E.01675
G1 X146.955 Y156.909 E.00847
; LINE_WIDTH: 0.232235
G1 X146.858 Y157.021 E.0023
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X146.955 Y156.909 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.612 Y154.299 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X144.145 Y155.855 I-10.492 J-2.299 E.05392
G1 X139.785 Y160.215 E.20456
G1 X138.193 Y161.221 E.06244
G1 X132.511 Y155.538 E.26658
G3 X128.112 Y156.536 I-4.681 J-10.441 E.15061
G1 X126.88 Y157.768 E.05779
G2 X127.245 Y157.949 I1.922 J-3.415 E.01354
G1 X125.278 Y155.982 E.09229
G3 X124.434 Y155.71 I1.644 J-6.538 E.02943
G2 X124.875 Y156.262 I3.29 J-2.172 E.02345
G1 X124.246 Y156.063 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X124.874 Y156.774 E.02631
G1 X125.607 Y157.407 E.02683
G1 X126.444 Y157.947 E.02758
G2 X130.639 Y159.287 I5.784 J-10.865 E.12269
G3 X131.824 Y159.475 I-.563 J7.411 E.03327
G1 X132.217 Y159.676 E.01222
G1 X132.378 Y159.822 E.00604
G1 X132.606 Y160.162 E.01135
G1 X132.725 Y160.619 E.01307
G1 X132.702 Y161.048 E.0119
G3 X132.194 Y162.312 I-14.478 J-5.09 E.03777
G2 X131.343 Y166.267 I11.707 J4.587 E.11257
G2 X131.451 Y167.807 I8.678 J.166 E.04283
G1 X131.663 Y168.694 E.02526
G1 X131.992 Y169.524 E.02474
G1 X132.101 Y169.739 E.00668
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X131.992 Y169.524 E-.01717
G1 X131.663 Y168.694 E-.06363
G1 X131.462 Y167.852 E-.0617
; WIPE_END
G1 E-.0075 F3600
G1 X144.357 Y172.767 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X143.287 Y173.991 I-7.796 J-5.74 E.05398
G1 X143.873 Y174.577 E.02751
G2 X148.115 Y171.143 I-4.169 J-9.485 E.1832
G1 X145.907 Y168.935 E.10359
G3 X145.769 Y169.583 I-5.522 J-.832 E.02199
G1 X153.582 Y161.77 E.36651
G2 X153.481 Y161.157 I-6.857 J.81 E.0206
G1 X149.094 Y156.77 E.20584
G3 X150.002 Y156.073 I5.357 J6.05 E.03801
G1 X150.053 Y156.111 E.00208
G1 X150.108 Y156.056 E.00258
G1 X150.936 Y156.74 E.03564
G1 X146.52 Y161.156 E.20716
G1 X146.427 Y161.779 E.0209
G1 X154.231 Y169.583 E.3661
G3 X154.096 Y168.932 I5.509 J-1.481 E.02206
G1 X151.884 Y171.144 E.10377
G2 X156.126 Y174.577 I8.631 J-6.326 E.18307
G1 X156.714 Y173.99 E.02756
G3 X155.642 Y172.768 I6.356 J-6.654 E.05398
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X156.014 Y173.256 E-.04371
G1 X156.714 Y173.99 E-.07226
G1 X156.451 Y174.253 E-.02653
; WIPE_END
G1 E-.0075 F3600
G1 X158.634 Y172.563 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X157.896 Y173.301 E.03207
G1 X157.61 Y173.053
G1 X158.888 Y171.775 E.05551
G1 X159.069 Y171.06
G1 X157.345 Y172.785 E.07495
G1 X157.09 Y172.507
G1 X159.199 Y170.398 E.09164
G1 X159.279 Y169.784
G1 X156.849 Y172.215 E.10562
G1 X156.627 Y171.903
G1 X159.334 Y169.196 E.11761
G1 X159.37 Y168.626
G1 X156.413 Y171.584 E.12851
G1 X156.223 Y171.24
G1 X159.386 Y168.077 E.13743
G1 X159.388 Y167.542
G1 X156.045 Y170.886 E.14529
G1 X155.882 Y170.515
G1 X159.383 Y167.014 E.15214
M204 S10000
M73 P48 R6
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X157.969 Y168.428 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X166.185 Y168.211 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X165.582 Y168.814 E.02618
G1 X165.125 Y168.738
G1 X166.071 Y167.792 E.04111
G1 X165.943 Y167.386
G1 X164.682 Y168.647 E.05481
G1 X164.255 Y168.541
G1 X165.799 Y166.997 E.0671
G1 X165.632 Y166.631
G1 X163.836 Y168.427 E.07807
G1 X163.437 Y168.293
G1 X165.445 Y166.284 E.08727
G1 X165.249 Y165.947
G1 X163.041 Y168.155 E.09596
G1 X162.664 Y167.999
G1 X165.031 Y165.632 E.10286
G1 X164.806 Y165.324
G1 X162.289 Y167.841 E.10936
G1 X161.929 Y167.668
G1 X164.561 Y165.035 E.11438
G1 X164.309 Y164.754
G1 X161.569 Y167.494 E.11908
G1 X161.222 Y167.308
G1 X164.042 Y164.488 E.12253
G1 X163.765 Y164.231
G1 X160.876 Y167.12 E.12555
G1 X160.538 Y166.925
G1 X163.477 Y163.986 E.1277
G1 X163.188 Y163.742
G1 X160.203 Y166.727 E.12973
G1 X159.852 Y166.545
G1 X162.887 Y163.51 E.1319
G1 X162.581 Y163.282
G1 X155.739 Y170.124 E.29732
G1 X155.612 Y169.719
G1 X162.265 Y163.065 E.28914
G1 X161.948 Y162.849
G1 X155.506 Y169.291 E.27995
G1 X155.4 Y168.863
G1 X161.62 Y162.644 E.27028
G1 X161.292 Y162.438
G1 X155.324 Y168.406 E.25935
G1 X155.259 Y167.938
G1 X160.965 Y162.233 E.24795
G1 X160.637 Y162.027
G1 X155.207 Y167.456 E.23593
G1 X155.175 Y166.956
G1 X160.309 Y161.822 E.22312
G1 X159.981 Y161.616
G1 X155.142 Y166.456 E.21031
G1 X155.114 Y165.95
G1 X159.653 Y161.411 E.19726
G1 X159.326 Y161.205
G1 X155.097 Y165.434 E.18374
G1 X155.08 Y164.917
G1 X159.001 Y160.996 E.17038
G1 X158.684 Y160.781
G1 X155.064 Y164.401 E.15731
G1 X155.047 Y163.884
G1 X158.366 Y160.565 E.14424
G1 X158.048 Y160.349
G1 X155.028 Y163.37 E.13125
G1 X154.992 Y162.873
G1 X157.746 Y160.118 E.1197
G1 X157.446 Y159.885
G1 X154.955 Y162.376 E.10823
G1 X154.908 Y161.89
G1 X157.15 Y159.647 E.09743
G1 X156.867 Y159.398
G1 X154.848 Y161.417 E.08773
G1 X154.769 Y160.962
G1 X156.592 Y159.14 E.0792
G1 X156.324 Y158.874
G1 X154.673 Y160.525 E.07171
G1 X154.569 Y160.096
G1 X156.072 Y158.593 E.0653
G1 X155.827 Y158.305
G1 X154.448 Y159.683 E.0599
G1 X154.314 Y159.284
G1 X155.593 Y158.005 E.05559
G1 X155.375 Y157.69
G1 X154.16 Y158.905 E.0528
G1 X153.989 Y158.543
G1 X155.167 Y157.365 E.05118
G1 X154.973 Y157.025
G1 X153.807 Y158.191 E.05067
G1 X153.615 Y157.85
G1 X154.795 Y156.67 E.05128
G1 X154.628 Y156.304
G1 X153.407 Y157.525 E.05302
G1 X153.183 Y157.216
G1 X154.48 Y155.918 E.05637
G1 X154.348 Y155.518
G1 X152.951 Y156.914 E.06067
G1 X152.702 Y156.63
G1 X154.227 Y155.105 E.06625
G1 X154.128 Y154.671
G1 X152.445 Y156.354 E.07316
G1 X152.176 Y156.089
G1 X154.047 Y154.219 E.08129
G1 X153.978 Y153.755
G1 X151.896 Y155.837 E.09047
G1 X151.609 Y155.59
G1 X153.924 Y153.275 E.1006
G1 X153.87 Y152.796
G1 X151.304 Y155.362 E.11153
G1 X150.998 Y155.134
G1 X152.055 Y154.078 E.04591
G1 X151.187 Y154.412
G1 X150.693 Y154.906 E.02145
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X151.187 Y154.412 E-.04973
G1 X152.055 Y154.078 E-.0663
G1 X151.792 Y154.34 E-.02647
; WIPE_END
G1 E-.0075 F3600
G1 X166.347 Y169.053 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.36558
G1 F11157.275
G1 X166.132 Y168.76 E.00956
; LINE_WIDTH: 0.353704
G1 F11583.611
G1 X165.981 Y168.796 E.00394
; LINE_WIDTH: 0.32554
G1 F12737.954
G1 X165.83 Y168.832 E.00358
G1 E-.35 F3600
; WIPE_START
G1 F12737.954
G1 X165.981 Y168.796 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X159.768 Y166.461 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.109087
G1 F15000
G2 X159.55 Y166.607 I.987 J1.702 E.00142
G1 X159.438 Y166.712 F30000
; LINE_WIDTH: 0.165825
G1 F15000
G1 X159.339 Y166.881 E.00196
G1 X159.386 Y167.017 E.00145
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X159.339 Y166.881 E-.06064
G1 X159.438 Y166.712 E-.08186
; WIPE_END
G1 E-.0075 F3600
G1 X158.405 Y173.058 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.229871
G1 F15000
G1 X158.149 Y173.534 E.00823
G1 X156.113 Y171.079 F30000
; LINE_WIDTH: 0.107368
G1 F15000
G1 X156.124 Y171.019 E.00032
G1 X156.064 Y170.931 E.00056
G1 X155.103 Y163.561 F30000
; LINE_WIDTH: 0.0971961
G1 F15000
G1 X155.009 Y163.351 E.00102
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.103 Y163.561 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X152.689 Y153.68 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.111503
G1 F15000
G1 X152.438 Y153.895 E.00185
; LINE_WIDTH: 0.155798
G1 X152.313 Y153.991 E.00145
; LINE_WIDTH: 0.190485
G1 X152.188 Y154.087 E.0019
G1 X152.043 Y154.066 E.00176
G1 X152.974 Y151.009 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G1 X152.974 Y151.717 E.02349
G1 X152.177 Y152.177 E.03052
G1 X152.075 Y152.075 E.00479
G2 X152.081 Y147.919 I-2.151 J-2.081 E.15238
G1 X152.177 Y147.823 E.0045
G1 X150 Y146.566 E.08339
G1 X147.823 Y147.823 E.08339
G1 X147.916 Y147.916 E.00438
G2 X147.926 Y152.074 I2.123 J2.074 E.1528
G1 X147.823 Y152.177 E.00482
G1 X147.026 Y151.717 E.03052
G1 X147.026 Y151.009 E.02349
G1 X146.546 Y150.119 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.581531
G1 F6683.859
G1 X146.561 Y150.385 E.01173
; LINE_WIDTH: 0.552553
G1 F7063.907
G1 X146.575 Y150.652 E.0111
; LINE_WIDTH: 0.518671
G1 F7566.983
G1 X146.606 Y150.936 E.01105
; LINE_WIDTH: 0.479885
G1 F8238.647
G1 X146.638 Y151.219 E.01015
; LINE_WIDTH: 0.441099
G1 F9041.16
G1 X146.669 Y151.502 E.00925
; LINE_WIDTH: 0.394105
G1 F10251.032
G1 X146.7 Y151.785 E.00816
G1 X146.804 Y151.965 E.00593
; LINE_WIDTH: 0.402752
G1 F10004.689
G1 X147.037 Y152.136 E.00847
; LINE_WIDTH: 0.442414
G1 F9011.405
G1 X147.269 Y152.307 E.0094
; LINE_WIDTH: 0.482077
G1 F8197.538
G1 X147.502 Y152.478 E.01033
; LINE_WIDTH: 0.521739
G1 F7518.503
G1 X147.734 Y152.649 E.01126
; LINE_WIDTH: 0.555045
G1 F7029.534
G1 X148.061 Y152.853 E.01606
; LINE_WIDTH: 0.572588
G1 F6796.715
G2 X148.862 Y153.297 I2.839 J-4.179 E.0396
; LINE_WIDTH: 0.516955
G1 F7594.388
G1 X149.121 Y153.41 E.01091
; LINE_WIDTH: 0.478659
G1 F8261.831
G1 X149.379 Y153.523 E.01002
; LINE_WIDTH: 0.440364
G1 F9057.898
G1 X149.638 Y153.637 E.00914
; LINE_WIDTH: 0.393924
G1 F10256.306
G1 X149.896 Y153.75 E.00807
G1 X150.104 Y153.75 E.00592
; LINE_WIDTH: 0.40261
G1 F10008.64
G1 X150.367 Y153.635 E.00842
; LINE_WIDTH: 0.441988
G1 F9021.025
G1 X150.63 Y153.52 E.00934
; LINE_WIDTH: 0.481367
G1 F8210.812
G1 X150.893 Y153.404 E.01026
; LINE_WIDTH: 0.520745
G1 F7534.143
G1 X151.156 Y153.289 E.01118
; LINE_WIDTH: 0.554286
G1 F7039.967
G1 X151.495 Y153.109 E.01601
; LINE_WIDTH: 0.572995
G1 F6791.495
G2 X152.282 Y152.637 I-2.191 J-4.543 E.03966
; LINE_WIDTH: 0.517908
G1 F7579.138
G1 X152.51 Y152.469 E.01098
; LINE_WIDTH: 0.47934
G1 F8248.934
G1 X152.739 Y152.301 E.01009
; LINE_WIDTH: 0.440772
G1 F9048.591
G1 X152.967 Y152.133 E.0092
; LINE_WIDTH: 0.39402
G1 F10253.512
G1 X153.196 Y151.965 E.00812
G1 X153.3 Y151.785 E.00593
; LINE_WIDTH: 0.402845
G1 F10002.105
G1 X153.332 Y151.497 E.0085
; LINE_WIDTH: 0.442693
G1 F9005.116
G1 X153.364 Y151.209 E.00944
; LINE_WIDTH: 0.482542
G1 F8188.867
G1 X153.395 Y150.921 E.01038
; LINE_WIDTH: 0.52239
G1 F7508.294
G1 X153.427 Y150.633 E.01132
; LINE_WIDTH: 0.55574
G1 F7020.007
G1 X153.44 Y150.257 E.01571
; LINE_WIDTH: 0.573462
G1 F6785.523
G2 X153.425 Y149.348 I-5.051 J-.369 E.03938
; LINE_WIDTH: 0.518668
G1 F7567.039
G1 X153.394 Y149.064 E.01105
; LINE_WIDTH: 0.479883
G1 F8238.694
G1 X153.362 Y148.781 E.01015
; LINE_WIDTH: 0.441098
G1 F9041.194
G1 X153.331 Y148.498 E.00925
; LINE_WIDTH: 0.394104
G1 F10251.038
G1 X153.3 Y148.215 E.00816
G1 X153.196 Y148.035 E.00593
; LINE_WIDTH: 0.402751
G1 F10004.705
G1 X152.963 Y147.864 E.00847
; LINE_WIDTH: 0.442413
G1 F9011.438
G1 X152.731 Y147.693 E.0094
; LINE_WIDTH: 0.482074
G1 F8197.584
G1 X152.498 Y147.522 E.01033
; LINE_WIDTH: 0.521736
G1 F7518.558
G1 X152.266 Y147.351 E.01126
; LINE_WIDTH: 0.555042
G1 F7029.582
G1 X151.939 Y147.147 E.01606
; LINE_WIDTH: 0.572586
G1 F6796.744
G2 X151.138 Y146.703 I-2.839 J4.179 E.0396
; LINE_WIDTH: 0.516953
G1 F7594.416
G1 X150.879 Y146.59 E.01091
; LINE_WIDTH: 0.478658
G1 F8261.855
G1 X150.621 Y146.477 E.01002
; LINE_WIDTH: 0.440363
G1 F9057.914
G1 X150.362 Y146.363 E.00914
; LINE_WIDTH: 0.393924
G1 F10256.31
G1 X150.104 Y146.25 E.00807
G1 X149.896 Y146.25 E.00592
; LINE_WIDTH: 0.40261
G1 F10008.64
G1 X149.633 Y146.365 E.00842
; LINE_WIDTH: 0.441988
G1 F9021.025
G1 X149.37 Y146.48 E.00934
; LINE_WIDTH: 0.481367
G1 F8210.812
G1 X149.107 Y146.596 E.01026
; LINE_WIDTH: 0.520745
G1 F7534.143
G1 X148.844 Y146.711 E.01118
; LINE_WIDTH: 0.554287
G1 F7039.961
G1 X148.505 Y146.891 E.01601
; LINE_WIDTH: 0.572998
G1 F6791.463
G2 X147.718 Y147.363 I2.191 J4.542 E.03966
; LINE_WIDTH: 0.517912
G1 F7579.083
G1 X147.49 Y147.531 E.01098
; LINE_WIDTH: 0.479343
G1 F8248.887
G1 X147.261 Y147.699 E.01009
; LINE_WIDTH: 0.440774
G1 F9048.557
G1 X147.033 Y147.867 E.0092
; LINE_WIDTH: 0.39402
G1 F10253.503
G1 X146.804 Y148.035 E.00812
G1 X146.7 Y148.215 E.00593
; LINE_WIDTH: 0.402845
G1 F10002.105
G1 X146.668 Y148.503 E.0085
; LINE_WIDTH: 0.442693
G1 F9005.116
G1 X146.636 Y148.791 E.00944
; LINE_WIDTH: 0.482542
G1 F8188.867
G1 X146.605 Y149.079 E.01038
; LINE_WIDTH: 0.52239
G1 F7508.294
G1 X146.573 Y149.367 E.01132
; LINE_WIDTH: 0.555741
G1 F7020
G1 X146.561 Y149.713 E.01446
; LINE_WIDTH: 0.582594
G1 F6670.7
G1 X146.548 Y150.059 E.01522
G1 X145.641 Y151.426 F30000
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X145.271 Y151.795 E.01604
G1 X144.898 Y151.635
G1 X145.543 Y150.99 E.02803
G1 X145.464 Y150.536
G1 X144.525 Y151.475 E.04079
G1 X144.141 Y151.327
G1 X145.434 Y150.033 E.05622
G1 X145.464 Y149.47
G1 X143.745 Y151.189 E.0747
G1 X143.326 Y151.074
G1 X145.587 Y148.813 E.09824
G1 X145.74 Y148.127
M73 P49 R6
G1 X142.895 Y150.972 E.12364
G1 X142.448 Y150.886
G1 X145.012 Y148.323 E.11141
G1 X144.118 Y148.683
G1 X141.972 Y150.828 E.09322
G1 X141.47 Y150.797
G1 X143.344 Y148.924 E.08143
G1 X142.659 Y149.075
G1 X140.932 Y150.802 E.07503
G1 X140.373 Y150.828
G1 X142.039 Y149.162 E.07242
G1 X141.469 Y149.198
G1 X139.755 Y150.913 E.0745
G1 X139.073 Y151.062
G1 X140.936 Y149.198 E.08097
G1 X140.427 Y149.174
G1 X138.319 Y151.282 E.09159
G1 X137.465 Y151.603
G1 X139.953 Y149.115 E.10813
G1 X139.501 Y149.034
G1 X136.482 Y152.052 E.13116
G1 X135.404 Y152.597
G1 X139.064 Y148.937 E.15905
G1 X138.646 Y148.822
G1 X134.258 Y153.21 E.19071
G1 X133.142 Y153.793
G1 X138.244 Y148.69 E.22174
G1 X137.852 Y148.55
G1 X132.1 Y154.301 E.24993
G1 X131.203 Y154.665
G1 X137.473 Y148.395 E.27247
G1 X137.095 Y148.24
G1 X130.424 Y154.911 E.28988
G1 X129.712 Y155.09
G1 X136.733 Y148.069 E.30511
G1 X136.373 Y147.895
G1 X129.082 Y155.187 E.31687
G1 X128.505 Y155.23
G1 X136.014 Y147.721 E.3263
G1 X135.661 Y147.541
G1 X127.971 Y155.231 E.33417
G1 X127.475 Y155.194
G1 X135.312 Y147.356 E.34056
G1 X134.964 Y147.172
G1 X127.014 Y155.122 E.34547
G1 X126.575 Y155.027
G1 X134.615 Y146.987 E.34936
G1 X134.267 Y146.802
G1 X126.154 Y154.915 E.35255
G1 X125.764 Y154.772
G1 X129.583 Y150.952 E.16597
M204 S10000
G1 X130.766 Y149.769 F30000
M204 S2000
G1 F9547.055
G1 X133.918 Y146.618 E.13697
G1 X133.569 Y146.433
G1 X130.452 Y149.55 E.13546
G1 X130.111 Y149.358
G1 X133.221 Y146.248 E.13512
G1 X132.872 Y146.063
G1 X129.772 Y149.164 E.13473
G1 X129.442 Y148.961
G1 X132.512 Y145.891 E.1334
G1 X132.149 Y145.72
G1 X129.112 Y148.757 E.132
G1 X128.793 Y148.543
G1 X131.776 Y145.56 E.12963
G1 X131.393 Y145.409
G1 X128.476 Y148.326 E.12676
G1 X128.17 Y148.1
G1 X131.001 Y145.269 E.12302
G1 X130.606 Y145.13
G1 X127.868 Y147.869 E.119
G1 X127.575 Y147.628
G1 X130.186 Y145.017 E.11346
G1 X129.752 Y144.918
G1 X127.29 Y147.38 E.10698
G1 X127.014 Y147.122
G1 X129.299 Y144.837 E.09931
G1 X128.819 Y144.784
G1 X126.746 Y146.857 E.09007
G1 X126.487 Y146.583
G1 X128.304 Y144.766 E.07895
G1 X127.759 Y144.777
G1 X126.236 Y146.3 E.06617
G1 X125.993 Y146.01
G1 X127.154 Y144.849 E.05044
G1 X126.468 Y145.002
G1 X125.757 Y145.713 E.03092
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X126.468 Y145.002 E-.0717
G1 X127.154 Y144.849 E-.05007
G1 X126.948 Y145.055 E-.02073
; WIPE_END
G1 E-.0075 F3600
G1 X130.82 Y149.982 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.106926
G1 F15000
G1 X130.849 Y149.903 E.00044
G1 X130.8 Y149.829 E.00046
G1 X130.157 Y150.617 F30000
; LINE_WIDTH: 0.104982
G1 F15000
G1 X130.052 Y150.697 E.00067
; LINE_WIDTH: 0.138607
G1 X129.948 Y150.777 E.00103
; LINE_WIDTH: 0.172232
G1 X129.843 Y150.856 E.00139
; LINE_WIDTH: 0.207749
G1 X129.644 Y151.013 E.0034
G1 X128.754 Y151.486 F30000
; LINE_WIDTH: 0.108312
G1 F15000
G1 X128.579 Y151.631 E.00121
; LINE_WIDTH: 0.148596
G1 X128.404 Y151.776 E.00196
; LINE_WIDTH: 0.186407
G1 X128.202 Y151.953 E.00314
; LINE_WIDTH: 0.221744
G1 X128 Y152.13 E.00391
; LINE_WIDTH: 0.25708
G1 X127.798 Y152.307 E.00468
; LINE_WIDTH: 0.288059
G1 F14685.586
G1 X127.516 Y152.57 E.0077
; LINE_WIDTH: 0.31851
G1 F13062.895
G2 X126.206 Y153.89 I16.943 J18.129 E.04177
; LINE_WIDTH: 0.264737
G1 F15000
G1 X125.932 Y154.197 E.00744
; LINE_WIDTH: 0.216534
G3 X125.639 Y154.521 I-2.047 J-1.554 E.0062
G2 X125.54 Y154.605 I.326 J.481 E.00183
; LINE_WIDTH: 0.212945
G1 X125.598 Y154.678 E.00129
; LINE_WIDTH: 0.167382
G1 X125.656 Y154.751 E.00094
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X125.598 Y154.678 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X133.08 Y153.731 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.195457
G1 F15000
G1 X132.943 Y153.83 E.00209
; LINE_WIDTH: 0.152542
G1 X132.806 Y153.928 E.00151
; LINE_WIDTH: 0.109627
G1 X132.669 Y154.026 E.00092
G1 X135.343 Y152.536 F30000
; LINE_WIDTH: 0.198264
G1 F15000
G1 X135.192 Y152.648 E.00237
; LINE_WIDTH: 0.154227
G1 X135.041 Y152.759 E.0017
; LINE_WIDTH: 0.11019
G1 X134.891 Y152.871 E.00103
G1 X137.403 Y151.541 F30000
; LINE_WIDTH: 0.190494
G1 F15000
G1 X137.284 Y151.62 E.00172
; LINE_WIDTH: 0.149564
G1 X137.166 Y151.7 E.00124
; LINE_WIDTH: 0.108634
G1 X137.047 Y151.78 E.00076
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X137.166 Y151.7 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X145.44 Y148.135 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.108856
G1 F15000
G1 X145.318 Y148.218 E.00079
; LINE_WIDTH: 0.150229
G1 X145.196 Y148.301 E.00129
; LINE_WIDTH: 0.191602
G1 X145.074 Y148.385 E.00179
G1 X139.241 Y149.027 F30000
; LINE_WIDTH: 0.100413
G1 F15000
G1 X139.094 Y148.943 E.00079
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X139.241 Y149.027 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X125.618 Y145.263 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.138287
G1 F15000
G1 X125.63 Y145.573 E.00241
G1 X124.862 Y143.75 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X124.435 Y144.29 I3.324 J3.068 E.02287
G3 X124.906 Y144.1 I1.18 J2.251 E.01685
G1 X124.953 Y144.148 E.00222
G1 X125.289 Y144.007 E.0121
G1 X127.249 Y142.048 E.0919
G1 X127.211 Y142.065 E.00138
G2 X126.879 Y142.231 I.937 J2.278 E.01231
G1 X128.116 Y143.468 E.05801
G3 X132.512 Y144.46 I-.04 J10.41 E.15069
G1 X138.196 Y138.777 E.26662
G1 X139.757 Y139.757 E.06114
G1 X144.145 Y144.145 E.20587
G3 X144.616 Y145.7 I-10.798 J4.117 E.05393
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X144.43 Y144.919 E-.05721
G1 X144.145 Y144.145 E-.05874
G1 X143.882 Y143.882 E-.02655
; WIPE_END
G1 E-.0075 F3600
G1 X149.305 Y145.096 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X148.813 Y145.588 E.02136
G1 X147.945 Y145.923
G1 X148.997 Y144.87 E.04575
G1 X148.69 Y144.644
G1 X146.13 Y147.204 E.11128
G1 X146.076 Y146.725
G1 X148.395 Y144.406 E.10075
G1 X148.102 Y144.166
G1 X146.022 Y146.245 E.09035
G1 X145.953 Y145.781
G1 X147.825 Y143.91 E.08132
G1 X147.555 Y143.646
G1 X145.872 Y145.329 E.07315
G1 X145.773 Y144.894
G1 X147.296 Y143.371 E.06619
G1 X147.051 Y143.083
G1 X145.652 Y144.482 E.0608
G1 X145.52 Y144.082
G1 X146.813 Y142.788 E.0562
G1 X146.595 Y142.473
G1 X145.372 Y143.696 E.05311
G1 X145.205 Y143.33
G1 X146.387 Y142.148 E.05136
G1 X146.194 Y141.807
G1 X145.025 Y142.976 E.05079
G1 X144.827 Y142.641
G1 X146.006 Y141.462 E.0512
G1 X145.84 Y141.095
G1 X144.628 Y142.307 E.05266
G1 X144.405 Y141.997
G1 X145.689 Y140.713 E.05579
M73 P50 R6
G1 X145.549 Y140.319
G1 X144.173 Y141.695 E.05979
G1 X143.93 Y141.405
G1 X145.428 Y139.907 E.06508
G1 X145.323 Y139.478
G1 X143.673 Y141.128 E.0717
G1 X143.409 Y140.859
G1 X145.231 Y139.038 E.07916
G1 X145.152 Y138.583
G1 X143.133 Y140.602 E.08774
G1 X142.849 Y140.353
G1 X145.092 Y138.11 E.09747
G1 X145.045 Y137.624
G1 X142.558 Y140.111 E.10806
G1 X142.256 Y139.879
G1 X145.008 Y137.127 E.11959
G1 X144.972 Y136.63
G1 X141.951 Y139.651 E.13125
G1 X141.634 Y139.435
G1 X144.953 Y136.116 E.14424
G1 X144.936 Y135.599
G1 X141.316 Y139.219 E.15731
G1 X140.999 Y139.004
G1 X144.92 Y135.083 E.17038
G1 X144.903 Y134.566
G1 X140.674 Y138.795 E.18378
G1 X140.345 Y138.591
G1 X144.886 Y134.05 E.19734
G1 X144.858 Y133.544
G1 X140.016 Y138.387 E.21043
G1 X139.687 Y138.182
G1 X144.825 Y133.044 E.22329
G1 X144.793 Y132.543
G1 X139.358 Y137.978 E.23615
G1 X139.029 Y137.773
G1 X144.737 Y132.065 E.24804
G1 X144.676 Y131.594
G1 X138.7 Y137.569 E.25966
G1 X138.378 Y137.358
G1 X144.592 Y131.145 E.27002
G1 X144.499 Y130.704
G1 X138.058 Y137.145 E.27986
G1 X137.739 Y136.931
G1 X144.388 Y130.281 E.28896
G1 X144.265 Y129.871
G1 X137.419 Y136.717 E.29749
G1 X137.116 Y136.487
G1 X140.156 Y133.447 E.13212
G1 X139.797 Y133.273
G1 X136.814 Y136.256 E.12964
G1 X136.519 Y136.018
G1 X139.462 Y133.075 E.12788
G1 X139.124 Y132.879
G1 X136.238 Y135.765 E.12541
G1 X135.957 Y135.513
G1 X138.778 Y132.692 E.12257
G1 X138.431 Y132.506
G1 X135.69 Y135.247 E.11911
G1 X135.439 Y134.965
G1 X138.071 Y132.332 E.11438
G1 X137.711 Y132.159
G1 X135.194 Y134.676 E.10936
G1 X134.969 Y134.368
G1 X137.336 Y132.001 E.10286
G1 X136.959 Y131.845
G1 X134.753 Y134.05 E.09583
G1 X134.553 Y133.718
G1 X136.563 Y131.707 E.08736
G1 X136.164 Y131.573
G1 X134.372 Y133.365 E.07787
G1 X134.201 Y133.003
G1 X135.745 Y131.459 E.06709
G1 X135.318 Y131.353
G1 X134.056 Y132.614 E.05481
G1 X133.929 Y132.208
G1 X134.875 Y131.262 E.04111
G1 X134.418 Y131.186
G1 X133.815 Y131.789 E.02618
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X134.418 Y131.186 E-.0607
G1 X134.875 Y131.262 E-.03304
G1 X134.391 Y131.746 E-.04876
; WIPE_END
G1 E-.0075 F3600
G1 X140.617 Y132.986 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X144.116 Y129.487 E.15204
G1 X143.955 Y129.115
G1 X140.612 Y132.458 E.14528
G1 X140.614 Y131.922
G1 X143.779 Y128.757 E.13753
G1 X143.587 Y128.416
G1 X140.63 Y131.374 E.12853
G1 X140.666 Y130.804
G1 X143.373 Y128.097 E.1176
G1 X143.152 Y127.784
G1 X140.721 Y130.216 E.10566
G1 X140.801 Y129.602
G1 X142.91 Y127.493 E.09165
G1 X142.655 Y127.215
G1 X140.931 Y128.94 E.07494
G1 X141.112 Y128.225
G1 X142.388 Y126.949 E.05544
G1 X142.11 Y126.694
G1 X141.366 Y127.437 E.03231
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X142.11 Y126.694 E-.07493
G1 X142.388 Y126.949 E-.02689
G1 X141.984 Y127.353 E-.04068
; WIPE_END
G1 E-.0075 F3600
G1 X147.956 Y145.934 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.18306
G1 F15000
G1 X147.811 Y145.913 E.00167
; LINE_WIDTH: 0.1971
G1 X147.686 Y146.009 E.00198
; LINE_WIDTH: 0.155212
G1 X147.558 Y146.108 E.00149
; LINE_WIDTH: 0.111189
G1 X147.31 Y146.32 E.00181
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X147.558 Y146.108 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.991 Y136.649 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0970809
G1 F15000
G1 X144.897 Y136.439 E.00102
G1 X144.909 Y135.572 F30000
; LINE_WIDTH: 0.123574
G1 F15000
G1 X144.909 Y135.36 E.00139
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X144.909 Y135.572 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X141.854 Y126.459 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.229762
G1 F15000
G1 X141.595 Y126.942 E.00834
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X141.854 Y126.459 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X140.557 Y133.294 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.16567
G1 F15000
G1 X140.661 Y133.119 E.00203
G1 X140.613 Y132.982 E.00145
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X140.661 Y133.119 E-.05932
G1 X140.557 Y133.294 E-.08318
; WIPE_END
G1 E-.0075 F3600
G1 X134.168 Y131.17 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.32672
G1 F12685.016
G1 X134.015 Y131.205 E.00362
; LINE_WIDTH: 0.367974
G1 F11075.095
G1 X133.863 Y131.241 E.00414
G1 X133.65 Y130.941 E.00974
G1 X134.841 Y134.226 F30000
; LINE_WIDTH: 0.095916
G1 F15000
G2 X134.799 Y134.124 I-.072 J-.03 E.00053
G1 X131.702 Y133.492 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X131.877 Y131.877 I7.35 J-.023 E.054
G1 X132.726 Y132.726 E.03982
G2 X133.629 Y134.699 I12.82 J-4.672 E.07206
G1 X133.589 Y134.738 E.00184
G2 X133.983 Y135.314 I3.44 J-1.93 E.02315
G1 X132.328 Y136.991 E.07815
G2 X132.613 Y137.745 I15.502 J-5.427 E.02676
G3 X133.095 Y139.416 I-3.366 J1.875 E.05818
G3 X132.694 Y140.37 I-2.059 J-.305 E.03467
G1 X140.155 Y147.831 E.35
G3 X137.606 Y147.042 I1.646 J-9.827 E.08876
G1 X142.642 Y142.006 E.23622
G2 X141.418 Y140.935 I-8.663 J8.666 E.05399
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X142.642 Y142.006 E-.11588
G1 X142.378 Y142.27 E-.02662
; WIPE_END
G1 E-.0075 F3600
G1 X132.672 Y130.95 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G2 X133.19 Y133.06 I13.876 J-2.291 E.06028
G2 X134.62 Y135.537 I8.136 J-3.045 E.07961
G2 X136.547 Y137.334 I12.28 J-11.241 E.07306
G1 X136.837 Y137.483 E.00903
G2 X137.483 Y137.933 I8.764 J-11.885 E.02184
G1 X140.371 Y139.745 E.09445
G3 X141.407 Y140.45 I-17.729 J27.164 E.03471
G3 X143.833 Y142.863 I-8.621 J11.095 E.09503
G3 X145.014 Y146.026 I-6.364 J4.179 E.09434
G2 X145.196 Y147.226 I13.152 J-1.377 E.03365
G3 X143.175 Y147.969 I-9.356 J-22.349 E.05968
G3 X138.302 Y147.687 I-2.013 J-7.47 E.13759
G3 X136.257 Y146.765 I6.077 J-16.188 E.06218
G1 X133.292 Y145.193 E.09299
G2 X129.88 Y143.955 I-6.488 J12.55 E.10084
G2 X124.954 Y144.504 I-1.585 J8.148 E.13945
G1 X124.813 Y144.536 E.00402
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X124.954 Y144.504 E-.01034
G1 X125.465 Y144.3 E-.03918
G1 X126.189 Y144.071 E-.05413
G1 X126.722 Y143.954 E-.03885
; WIPE_END
G1 E-.0075 F3600
G1 X132.058 Y130.339 F30000
G1 E.5 F2400
G1 F10588.235
G1 X131.86 Y130.744 E.01249
G1 X131.581 Y131.569 E.02413
G2 X131.416 Y134.665 I8.234 J1.991 E.0864
G2 X132.567 Y138.569 I13.906 J-1.979 E.11315
G1 X132.707 Y138.997 E.01248
G1 X132.729 Y139.437 E.01222
G1 X132.683 Y139.65 E.00604
G1 X132.502 Y140.017 E.01134
G1 X132.164 Y140.35 E.01315
G1 X131.784 Y140.544 E.01182
G2 X129.832 Y140.845 I12.955 J90.491 E.05471
G2 X126.136 Y142.237 I2.19 J11.418 E.10996
G1 X125.319 Y142.817 E.02775
G2 X124.239 Y143.951 I7.112 J7.854 E.04345
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X124.906 Y143.197 E-.07177
G1 X125.319 Y142.817 E-.04001
G1 X125.671 Y142.567 E-.03072
; WIPE_END
G1 E-.0075 F3600
G1 X141.447 Y159.095 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X142.643 Y157.995 I-7.297 J-9.13 E.05395
G1 X137.606 Y152.958 E.23631
M73 P51 R6
G3 X140.155 Y152.169 I4.205 J9.084 E.08877
G1 X132.689 Y159.635 E.35023
G3 X132.838 Y161.72 I-1.363 J1.145 E.0741
G2 X132.323 Y163.026 I11.608 J5.33 E.04661
G1 X134.019 Y164.723 E.07957
G2 X132.73 Y167.27 I6.818 J5.05 E.09517
G1 X131.875 Y168.125 E.04007
G3 X131.704 Y166.509 I6.686 J-1.528 E.05402
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X131.735 Y167.259 E-.05344
G1 X131.875 Y168.125 E-.06251
G1 X132.139 Y167.861 E-.02655
; WIPE_END
G1 E-.0075 F3600
G1 X157.482 Y175.312 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X157.019 Y175.234 E.01303
G1 X156.16 Y174.98 E.02482
G3 X153.009 Y172.927 I3.532 J-8.866 E.10487
G3 X151.281 Y170.942 I9.142 J-9.705 E.07304
G1 X150.919 Y170.504 E.01573
G1 X150.489 Y170.235 E.01405
G1 X150.058 Y170.145 E.0122
G1 X149.659 Y170.179 E.0111
G1 X149.448 Y170.257 E.00622
G1 X149.094 Y170.497 E.01185
G1 X148.921 Y170.673 E.00686
G1 X148.518 Y171.221 E.01884
G3 X146.012 Y173.754 I-20.559 J-17.834 E.09878
G3 X144.244 Y174.817 I-6.265 J-8.419 E.05725
G1 X143.753 Y175.004 E.01455
G1 X142.836 Y175.258 E.02637
G3 X141.487 Y175.383 I-1.281 J-6.489 E.03759
; LINE_WIDTH: 0.400002
G1 F10081.718
G1 X141.311 Y175.349 E.00523
; LINE_WIDTH: 0.424189
G1 F9442.172
G1 X141.135 Y175.315 E.00558
G1 X141.244 Y175.088 E.00784
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X141.96 Y174.651 E.02324
G2 X144.161 Y172.463 I-5.4 J-7.633 E.08636
G2 X145.383 Y169.757 I-7.056 J-4.816 E.08269
G2 X145.809 Y166.865 I-15.729 J-3.793 E.0811
G1 X145.933 Y163.465 E.09426
G3 X146.334 Y160.434 I16.463 J.634 E.08484
G3 X147.838 Y157.626 I6.025 J1.42 E.08926
G3 X149.77 Y155.795 I16.6 J15.585 E.07378
G1 X150.001 Y155.637 E.00775
G1 X150.19 Y155.701 E.00552
G3 X151.654 Y156.926 I-13.023 J17.05 E.05291
G3 X153.847 Y161.288 I-5.462 J5.479 E.1376
G3 X154.069 Y163.519 I-17.058 J2.831 E.06218
G1 X154.192 Y166.873 E.09299
G2 X154.825 Y170.447 I14.114 J-.658 E.10084
G2 X157.913 Y174.555 I7.917 J-2.737 E.14474
G1 X158.031 Y174.669 E.00453
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X157.913 Y174.555 E-.01165
G1 X157.33 Y174.097 E-.05283
G1 X156.77 Y173.586 E-.05404
G1 X156.544 Y173.337 E-.02399
; WIPE_END
G1 E-.0075 F3600
G1 X167.357 Y169.252 F30000
G1 E.5 F2400
G1 F10588.235
G2 X166.831 Y166.988 I-13.035 J1.839 E.06447
G2 X165.299 Y164.414 I-7.472 J2.702 E.08349
G1 X164.961 Y164.031 E.01417
G2 X163.158 Y162.508 I-10.531 J10.634 E.06546
G1 X162.534 Y162.051 E.02142
G1 X162.311 Y161.937 E.00694
G1 X159.628 Y160.254 E.08775
G3 X157.218 Y158.371 I7.274 J-11.788 E.08492
G3 X155.651 Y156.232 I5.165 J-5.429 E.07385
G3 X154.901 Y153.327 I8.113 J-3.643 E.08353
G1 X154.8 Y152.831 E.01402
G1 X154.838 Y152.748 E.00252
G1 X155.704 Y152.421 E.02564
G3 X161.416 Y152.212 I3.12 J7.101 E.16218
G3 X163.695 Y153.217 I-7.109 J19.212 E.06905
G1 X166.709 Y154.807 E.09441
G2 X170.09 Y156.04 I6.515 J-12.616 E.09999
G2 X174.535 Y155.7 I1.623 J-8.029 E.12509
G2 X175.137 Y155.495 I-1.828 J-6.331 E.01763
G1 X175.137 Y156.251 F30000
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X175.565 Y155.71 I-3.326 J-3.07 E.02288
G3 X175.038 Y155.922 I-1.318 J-2.521 E.01886
G1 X174.993 Y155.875 E.00215
G1 X174.711 Y155.993 E.01016
G1 X172.751 Y157.952 E.0919
G1 X172.79 Y157.935 E.00138
G2 X173.121 Y157.769 I-.937 J-2.279 E.01231
G1 X171.884 Y156.532 E.05801
G3 X167.488 Y155.54 I.033 J-10.379 E.1507
G1 X161.805 Y161.223 E.26661
G1 X160.243 Y160.243 E.06116
G1 X155.855 Y155.855 E.20585
G3 X155.384 Y154.3 I10.799 J-4.117 E.05393
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X155.57 Y155.081 E-.05721
G1 X155.855 Y155.855 E-.05874
G1 X156.118 Y156.118 E-.02655
; WIPE_END
G1 E-.0075 F3600
G1 X155.388 Y145.701 F30000
G1 E.5 F2400
G1 F8843.478
G3 X155.855 Y144.145 I10.489 J2.298 E.05392
G1 X160.248 Y139.752 E.20608
G1 X161.804 Y138.776 E.06094
G1 X167.489 Y144.462 E.2667
G3 X171.892 Y143.46 I4.682 J10.407 E.15075
G1 X173.12 Y142.232 E.05763
G2 X172.755 Y142.051 I-1.921 J3.414 E.01354
G1 X174.721 Y144.017 E.09224
G3 X175.66 Y144.426 I-1.818 J5.464 E.03404
G1 X175.3 Y143.943 E.01999
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X175.66 Y144.426 E-.04293
G1 X174.721 Y144.017 E-.07301
G1 X174.457 Y143.753 E-.02656
; WIPE_END
G1 E-.0075 F3600
G1 X174.243 Y154.287 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X173.532 Y154.998 E.03093
G1 X172.852 Y155.144
G1 X174.007 Y153.99 E.05015
G1 X173.764 Y153.7
G1 X172.249 Y155.214 E.06582
G1 X171.696 Y155.234
G1 X173.513 Y153.417 E.07895
G1 X173.254 Y153.143
G1 X171.181 Y155.216 E.09008
G1 X170.701 Y155.163
G1 X172.986 Y152.877 E.09931
G1 X172.71 Y152.62
G1 X170.248 Y155.082 E.10698
G1 X169.817 Y154.98
G1 X172.425 Y152.372 E.11334
G1 X172.132 Y152.131
G1 X169.403 Y154.861 E.11862
G1 X168.992 Y154.738
G1 X171.83 Y151.9 E.12333
G1 X171.524 Y151.673
G1 X168.604 Y154.593 E.12687
G1 X168.224 Y154.44
G1 X171.207 Y151.457 E.12963
G1 X170.888 Y151.243
G1 X167.85 Y154.28 E.132
G1 X167.492 Y154.105
G1 X170.558 Y151.039 E.13323
G1 X170.228 Y150.836
G1 X167.135 Y153.929 E.13442
G1 X166.778 Y153.753
G1 X169.889 Y150.642 E.13519
G1 X169.548 Y150.45
G1 X166.423 Y153.574 E.13578
G1 X166.076 Y153.389
G1 X169.231 Y150.233 E.13713
M204 S10000
G1 X170.416 Y149.048 F30000
M204 S2000
G1 F9547.055
G1 X174.244 Y145.221 E.16631
G1 X173.841 Y145.09
G1 X165.728 Y153.203 E.35252
G1 X165.381 Y153.017
G1 X173.427 Y144.971 E.34963
G1 X172.988 Y144.877
G1 X165.033 Y152.831 E.34565
G1 X164.686 Y152.645
G1 X172.521 Y144.81 E.34048
G1 X172.031 Y144.767
G1 X164.338 Y152.46 E.33429
G1 X163.986 Y152.279
G1 X171.495 Y144.77 E.3263
G1 X170.918 Y144.813
G1 X163.626 Y152.105 E.31687
G1 X163.267 Y151.931
G1 X170.295 Y144.903 E.30541
G1 X169.59 Y145.074
G1 X162.906 Y151.759 E.29049
G1 X162.531 Y151.601
G1 X168.799 Y145.333 E.27239
G1 X167.898 Y145.701
G1 X162.148 Y151.45 E.24984
G1 X161.758 Y151.307
G1 X166.859 Y146.206 E.22167
M204 S10000
G1 X165.725 Y146.807 F30000
M204 S2000
G1 F9547.055
G1 X161.347 Y151.185 E.19024
G1 X160.935 Y151.064
G1 X164.591 Y147.408 E.15888
G1 X163.517 Y147.948
G1 X160.499 Y150.966 E.13116
G1 X160.047 Y150.885
G1 X162.544 Y148.388 E.10853
G1 X161.684 Y148.714
G1 X159.573 Y150.826 E.09174
G1 X159.064 Y150.802
G1 X160.926 Y148.94 E.0809
G1 X160.245 Y149.087
G1 X158.535 Y150.797 E.0743
G1 X157.963 Y150.836
G1 X159.627 Y149.172 E.07233
G1 X159.067 Y149.198
G1 X157.34 Y150.926 E.07507
G1 X156.652 Y151.08
G1 X158.534 Y149.198 E.08177
G1 X158.033 Y149.166
G1 X155.879 Y151.32 E.09357
G1 X154.977 Y151.689
G1 X157.556 Y149.11 E.11208
G1 X157.103 Y149.03
G1 X154.26 Y151.873 E.12355
G1 X154.413 Y151.186
G1 X156.672 Y148.927 E.09816
G1 X156.259 Y148.807
M73 P52 R6
G1 X154.537 Y150.529 E.07486
G1 X154.566 Y149.967
G1 X155.859 Y148.674 E.05619
G1 X155.473 Y148.527
G1 X154.536 Y149.463 E.0407
G1 X154.457 Y149.01
G1 X155.096 Y148.37 E.0278
G1 X154.725 Y148.207
G1 X154.359 Y148.574 E.01591
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X154.725 Y148.207 E-.03689
G1 X155.096 Y148.37 E-.02885
G1 X154.457 Y149.01 E-.06447
G1 X154.486 Y149.18 E-.01229
; WIPE_END
G1 E-.0075 F3600
G1 X174.355 Y145.243 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.165629
G1 F15000
G1 X174.411 Y145.317 E.00092
; LINE_WIDTH: 0.211796
G1 X174.466 Y145.39 E.00127
G3 X174.343 Y145.497 I-.691 J-.681 E.00225
; LINE_WIDTH: 0.218865
G1 X174.068 Y145.803 E.0059
; LINE_WIDTH: 0.264836
G1 X173.794 Y146.11 E.00744
; LINE_WIDTH: 0.319611
G1 F13010.9
G3 X172.766 Y147.167 I-17.212 J-15.72 E.03325
; LINE_WIDTH: 0.314779
G1 F13242.191
G1 X172.484 Y147.43 E.00854
; LINE_WIDTH: 0.288158
G1 F14679.618
G1 X172.202 Y147.693 E.0077
; LINE_WIDTH: 0.257182
G1 F15000
G1 X172 Y147.87 E.00469
; LINE_WIDTH: 0.221846
G1 X171.798 Y148.047 E.00391
; LINE_WIDTH: 0.186511
G1 X171.596 Y148.224 E.00314
; LINE_WIDTH: 0.148674
G1 X171.421 Y148.369 E.00196
; LINE_WIDTH: 0.108338
G1 X171.246 Y148.514 E.00121
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X171.421 Y148.369 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X167.347 Y145.958 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.105094
G1 F15000
G1 X167.257 Y146.022 E.00056
; LINE_WIDTH: 0.138941
G1 X167.166 Y146.086 E.00087
; LINE_WIDTH: 0.171874
G1 X167.043 Y146.176 E.0016
; LINE_WIDTH: 0.203887
G1 X166.921 Y146.267 E.002
G1 X166.233 Y146.538 F30000
; LINE_WIDTH: 0.110122
G1 F15000
G1 X166.084 Y146.648 E.00101
; LINE_WIDTH: 0.154031
G1 X165.935 Y146.758 E.00168
; LINE_WIDTH: 0.19794
G1 X165.786 Y146.868 E.00234
G1 X165.099 Y147.139 F30000
; LINE_WIDTH: 0.110123
G1 F15000
G1 X164.95 Y147.249 E.00101
; LINE_WIDTH: 0.154032
G1 X164.801 Y147.359 E.00168
; LINE_WIDTH: 0.197942
G1 X164.652 Y147.469 E.00234
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X164.801 Y147.359 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.915 Y151.627 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.191024
G1 F15000
G1 X154.795 Y151.708 E.00175
; LINE_WIDTH: 0.149882
G1 X154.674 Y151.789 E.00126
; LINE_WIDTH: 0.108741
G1 X154.554 Y151.871 E.00078
G1 X160.903 Y151.057 F30000
; LINE_WIDTH: 0.0990929
G1 F15000
G2 X160.758 Y150.973 I-2.179 J3.631 E.00076
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X160.903 Y151.057 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X174.381 Y154.737 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.138511
G1 F15000
G1 X174.37 Y154.427 E.00242
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X174.381 Y154.737 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X170.356 Y148.987 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.207804
G1 F15000
G1 X170.157 Y149.144 E.00339
; LINE_WIDTH: 0.172323
G1 X170.052 Y149.223 E.00139
; LINE_WIDTH: 0.138662
G1 X169.947 Y149.303 E.00103
; LINE_WIDTH: 0.105
G1 X169.842 Y149.383 E.00067
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X169.947 Y149.303 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X158.549 Y140.903 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G2 X157.322 Y141.97 I13.609 J16.889 E.05396
G1 X162.394 Y147.042 E.23792
G3 X159.845 Y147.831 I-4.193 J-9.035 E.08876
G1 X167.311 Y140.365 E.35023
G3 X167.162 Y138.28 I1.363 J-1.145 E.0741
G2 X167.677 Y136.974 I-11.609 J-5.33 E.04661
G1 X165.979 Y135.276 E.07965
G2 X167.27 Y132.73 I-6.726 J-5.011 E.09516
G1 X168.125 Y131.875 E.04007
G3 X168.296 Y133.491 I-6.686 J1.528 E.05402
G1 X168.248 Y131.046 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X168.456 Y131.733 E.01989
G1 X168.623 Y132.685 E.02679
G3 X168.199 Y136.514 I-10.621 J.763 E.10732
G3 X167.497 Y138.418 I-14.066 J-4.107 E.05627
G1 X167.298 Y138.952 E.01578
G1 X167.28 Y139.459 E.01404
G1 X167.417 Y139.877 E.01221
G1 X167.646 Y140.205 E.01109
G1 X167.818 Y140.35 E.00622
G1 X168.203 Y140.535 E.01183
G3 X170.173 Y140.848 I-23.512 J154.381 E.05526
G3 X173.541 Y142.044 I-2.334 J11.906 E.09938
G1 X173.979 Y142.316 E.01427
G1 X174.769 Y142.901 E.02724
G1 X175.161 Y143.253 E.01461
G1 X175.746 Y143.919 E.02456
G1 X176.238 Y144.68 E.02511
G1 X176.32 Y144.88 E.00598
G1 X176.251 Y145.016 E.00424
G1 X176.092 Y145.074 E.00468
G1 X175.629 Y144.787 E.01507
G2 X171.152 Y143.819 I-3.977 J7.556 E.12849
G2 X168.348 Y144.47 I.911 J10.286 E.08001
G2 X166.708 Y145.194 I8.866 J22.319 E.04967
G1 X163.695 Y146.789 E.09445
G3 X160.869 Y147.958 I-7.592 J-14.354 E.08487
G3 X155.603 Y147.511 I-2.043 J-7.182 E.14967
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X155.934 Y147.669 E-.02615
G1 X156.547 Y147.889 E-.04636
G1 X157.113 Y148.045 E-.04185
G1 X157.5 Y148.122 E-.02814
; WIPE_END
G1 E-.0075 F3600
G1 X167.315 Y130.116 F30000
G1 E.5 F2400
G1 F10588.235
G1 X167.35 Y130.42 E.00847
G1 X167.212 Y131.562 E.03186
G3 X164.812 Y136.115 I-8.231 J-1.429 E.14495
G3 X162.517 Y137.933 I-11.26 J-11.851 E.08124
G1 X159.673 Y139.716 E.09299
G2 X157.204 Y141.61 I8.513 J13.655 E.08633
G2 X154.949 Y146.271 I5.398 J5.488 E.14632
G1 X154.897 Y146.658 E.01081
G1 X154.904 Y146.785 E.00353
G1 X162.264 Y136.936 F30000
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X165.399 Y133.801 E.13622
G1 X165.889 Y132.777
G1 X160.79 Y137.877 E.22159
M204 S10000
G1 X159.361 Y138.773 F30000
M204 S2000
G1 F9547.055
G1 X166.132 Y132.001 E.29425
G1 X166.26 Y131.34
G1 X157.622 Y139.979 E.37537
M204 S10000
G1 X153.972 Y146.295 F30000
M204 S2000
G1 F9547.055
G1 X153.37 Y146.897 E.02617
G1 X153.092 Y146.641
G1 X154.065 Y145.668 E.04227
G1 X154.204 Y144.996
G1 X152.798 Y146.402 E.06108
G1 X152.491 Y146.176
G1 X154.417 Y144.25 E.08373
G1 X154.788 Y143.345
G1 X152.159 Y145.975 E.11427
G1 X151.799 Y145.802
G1 X155.573 Y142.028 E.164
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X154.158 Y143.442 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X151.41 Y145.657 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X165.934 Y131.133 E.63115
G1 X165.306 Y131.228
G1 X151.003 Y145.53 E.62151
M204 S10000
G1 X153.083 Y142.918 F30000
M204 S2000
G1 F9547.055
G1 X164.639 Y131.362 E.50217
G1 X163.916 Y131.551
G1 X153.966 Y141.501 E.43239
G1 X154.366 Y140.568
G1 X163.117 Y131.817 E.38025
G1 X162.197 Y132.203
G1 X154.592 Y139.808 E.33047
G1 X154.757 Y139.111
G1 X161.119 Y132.748 E.27647
M204 S10000
G1 X159.891 Y133.443 F30000
M204 S2000
G1 F9547.055
G1 X154.863 Y138.471 E.21847
G1 X154.938 Y137.863
G1 X159.481 Y133.319 E.19744
G1 X159.384 Y132.884
G1 X154.98 Y137.288 E.19137
G1 X155.022 Y136.712
G1 X159.389 Y132.345 E.18977
G1 X159.383 Y131.818
G1 X155.046 Y136.155 E.18848
G1 X155.064 Y135.604
G1 X159.368 Y131.299 E.18706
G1 X159.333 Y130.801
G1 X155.081 Y135.053 E.18477
G1 X155.099 Y134.502
G1 X159.291 Y130.31 E.18216
G1 X159.23 Y129.838
G1 X155.117 Y133.951 E.1787
G1 X155.152 Y133.382
G1 X159.155 Y129.379 E.17395
G1 X159.068 Y128.933
G1 X155.19 Y132.812 E.16853
G1 X155.239 Y132.229
G1 X158.962 Y128.506 E.16178
G1 X158.849 Y128.086
G1 X155.321 Y131.614 E.15333
G1 X155.444 Y130.957
G1 X158.716 Y127.685 E.14219
G1 X158.578 Y127.291
G1 X155.62 Y130.249 E.12853
G1 X155.907 Y129.428
G1 X158.427 Y126.908 E.10953
G1 X158.319 Y126.483
G1 X156.462 Y128.34 E.0807
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X157.876 Y126.926 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X164.717 Y134.781 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.113242
G1 F15000
G3 X163.548 Y135.95 I-13.443 J-12.275 E.00948
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X164.351 Y135.174 E-.09622
G1 X164.717 Y134.781 E-.04628
; WIPE_END
G1 E-.0075 F3600
G1 X161.632 Y132.475 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0976665
G1 F15000
G1 X161.567 Y132.521 E.00035
; LINE_WIDTH: 0.126087
G1 X161.438 Y132.617 E.00109
; LINE_WIDTH: 0.163934
G1 X161.309 Y132.714 E.00159
; LINE_WIDTH: 0.20178
G1 X161.18 Y132.81 E.00208
G1 X160.437 Y133.136 F30000
; LINE_WIDTH: 0.10912
G1 F15000
G1 X160.277 Y133.26 E.00109
; LINE_WIDTH: 0.15102
G1 X160.116 Y133.384 E.00179
; LINE_WIDTH: 0.19292
G1 X159.956 Y133.508 E.00248
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X160.116 Y133.384 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X156.521 Y128.399 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.203605
G1 F15000
G1 X156.399 Y128.562 E.00266
; LINE_WIDTH: 0.157431
G1 X156.276 Y128.724 E.0019
; LINE_WIDTH: 0.111257
G1 X156.154 Y128.887 E.00113
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X156.276 Y128.724 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.922 Y138.679 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.138704
G1 F15000
G1 X154.848 Y138.456 E.00183
G1 X154.66 Y139.876 F30000
; LINE_WIDTH: 0.107184
G1 F15000
G3 X154.505 Y140.137 I-6.839 J-3.884 E.00159
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X154.66 Y139.876 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X157.561 Y139.918 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.213067
G1 F15000
G1 X157.199 Y140.238 E.0067
; LINE_WIDTH: 0.158169
G1 X156.727 Y140.681 E.00608
M73 P53 R6
G1 X156.089 Y141.323 E.0085
; LINE_WIDTH: 0.168699
G1 X155.88 Y141.552 E.00318
; LINE_WIDTH: 0.196532
G1 X155.667 Y141.786 E.00396
; LINE_WIDTH: 0.222292
G1 X155.512 Y141.967 E.00349
G1 X159.3 Y138.712 F30000
; LINE_WIDTH: 0.205761
G1 F15000
G1 X159.077 Y138.89 E.00378
; LINE_WIDTH: 0.160129
G1 X158.872 Y139.059 E.00254
; LINE_WIDTH: 0.112156
G1 X158.668 Y139.228 E.0015
G1 X160.729 Y137.816 F30000
; LINE_WIDTH: 0.204077
G1 F15000
G1 X160.538 Y137.969 E.00321
; LINE_WIDTH: 0.157714
G1 X160.347 Y138.121 E.00229
; LINE_WIDTH: 0.111351
G1 X160.155 Y138.273 E.00136
G1 X162.203 Y136.876 F30000
; LINE_WIDTH: 0.211799
G1 F15000
G1 X161.963 Y137.076 E.00431
; LINE_WIDTH: 0.174656
G1 X161.837 Y137.176 E.00173
; LINE_WIDTH: 0.140062
G1 X161.711 Y137.277 E.00128
; LINE_WIDTH: 0.105467
G1 X161.584 Y137.377 E.00082
G1 X155.053 Y142.842 F30000
; LINE_WIDTH: 0.104352
G1 F15000
G1 X154.967 Y142.953 E.0007
; LINE_WIDTH: 0.137322
G1 X154.878 Y143.067 E.00111
; LINE_WIDTH: 0.169615
G1 X154.802 Y143.175 E.00136
; LINE_WIDTH: 0.199961
G1 X154.726 Y143.283 E.00169
G1 X154.027 Y141.563 F30000
; LINE_WIDTH: 0.197052
G1 F15000
G1 X153.922 Y141.707 E.00225
; LINE_WIDTH: 0.153499
G1 X153.816 Y141.851 E.00161
; LINE_WIDTH: 0.109947
G1 X153.711 Y141.996 E.00098
G1 X153.143 Y142.978 F30000
; LINE_WIDTH: 0.232005
G1 F15000
G1 X153.04 Y143.096 E.00241
; LINE_WIDTH: 0.202255
G1 X152.6 Y143.566 E.00837
G1 X151.671 Y144.46 E.01673
; LINE_WIDTH: 0.235971
G1 X151.666 Y144.464 E.00011
; LINE_WIDTH: 0.258329
G1 X151.434 Y144.665 E.00538
; LINE_WIDTH: 0.302301
G1 F13879.191
G1 X151.203 Y144.865 E.00647
; LINE_WIDTH: 0.346274
G1 F11867.328
G1 X150.971 Y145.066 E.00757
; LINE_WIDTH: 0.390816
G1 F10347.937
G1 X150.734 Y145.272 E.00891
; LINE_WIDTH: 0.392049
G1 F10311.373
G1 X150.757 Y145.311 E.0013
; LINE_WIDTH: 0.349081
G1 F11758.527
G1 X150.78 Y145.351 E.00114
; LINE_WIDTH: 0.306113
G1 F13678.2
G1 X150.803 Y145.39 E.00098
; LINE_WIDTH: 0.263145
G1 F15000
G1 X150.826 Y145.43 E.00082
; LINE_WIDTH: 0.220176
G1 X150.849 Y145.47 E.00066
; LINE_WIDTH: 0.177208
G1 X150.872 Y145.509 E.0005
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X150.849 Y145.47 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.293 Y144.66 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.183798
G1 F15000
G2 X154.139 Y144.931 I7.897 J4.659 E.00358
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X154.293 Y144.66 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X155.605 Y127.196 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X156.694 Y125.991 I5.016 J3.439 E.05406
G1 X156.125 Y125.421 E.02672
G2 X155.841 Y125.544 I2.33 J5.767 E.01025
G2 X151.882 Y128.854 I4.876 J9.853 E.1728
G1 X154.093 Y131.065 E.10373
G3 X154.231 Y130.417 I5.471 J.823 E.022
G1 X146.418 Y138.23 E.36653
G2 X146.519 Y138.843 I6.857 J-.81 E.0206
G1 X150.902 Y143.226 E.20564
G3 X150 Y143.928 I-6.129 J-6.939 E.03795
G1 X149.939 Y143.883 E.00253
G1 X149.884 Y143.938 E.00256
G1 X149.064 Y143.26 E.03529
G1 X153.48 Y138.844 E.20716
G1 X153.573 Y138.221 E.0209
G1 X145.769 Y130.417 E.3661
G3 X145.904 Y131.068 I-5.646 J1.512 E.02205
G1 X148.116 Y128.856 E.10375
G2 X143.874 Y125.423 I-8.585 J6.27 E.18309
G1 X143.286 Y126.011 E.02758
G3 X144.358 Y127.232 I-6.341 J6.649 E.05398
G1 X142.502 Y124.679 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G3 X145.241 Y125.709 I-1.183 J7.302 E.08161
G3 X148.719 Y129.058 I-6.957 J10.707 E.13459
G1 X149.081 Y129.496 E.01575
G1 X149.511 Y129.765 E.01403
G1 X149.942 Y129.856 E.01221
G1 X150.341 Y129.821 E.01109
G1 X150.552 Y129.743 E.00622
G1 X150.905 Y129.504 E.01184
G1 X151.078 Y129.328 E.00682
G3 X154.43 Y125.921 I11.308 J7.773 E.13309
G2 X154.95 Y125.597 I-.388 J-1.202 E.01715
G1 X155.794 Y125.166 E.02626
G3 X158.005 Y124.625 I2.875 J6.953 E.0633
G1 X158.594 Y124.629 E.01631
G1 X157.989 Y125.317 F30000
; LINE_WIDTH: 0.382955
G1 F10587.164
G2 X156.244 Y126.953 I9.746 J12.149 E.06633
G1 X155.864 Y127.447 E.01727
G2 X154.332 Y131.68 I8.5 J5.469 E.12579
G2 X154.191 Y133.135 I29.344 J3.579 E.04051
G1 X154.067 Y136.534 E.09424
G3 X153.666 Y139.566 I-16.227 J-.602 E.08488
G3 X153.104 Y141.088 I-8.679 J-2.338 E.045
G3 X152.158 Y142.371 I-6.182 J-3.57 E.04428
G3 X150.16 Y144.26 I-15.701 J-14.604 E.07623
G1 X149.997 Y144.355 E.00524
G1 X149.824 Y144.301 E.00502
G3 X148.346 Y143.074 I11.055 J-14.81 E.05325
G3 X146.153 Y138.712 I5.462 J-5.479 E.13761
G3 X145.934 Y136.483 I19.183 J-3.017 E.0621
G3 X145.844 Y133.822 I368.47 J-13.74 E.07377
G1 X145.744 Y132.327 E.04154
G2 X144.899 Y128.849 I-11.671 J.994 E.09955
G2 X142.71 Y125.937 I-7.571 J3.414 E.10178
G1 X141.951 Y125.318 E.02714
G1 E-.35 F3600
; WIPE_START
G1 F10587.164
G1 X142.71 Y125.937 E-.06979
G1 X143.245 Y126.431 E-.05191
G1 X143.442 Y126.647 E-.0208
; WIPE_END
G1 E-.0075 F3600
G1 X168.297 Y166.508 F30000
G1 E.5 F2400
; FEATURE: Sparse infill
; LINE_WIDTH: 0.45
G1 F8843.478
G3 X168.29 Y166.904 I-11.512 J-.002 E.01315
G1 X168.285 Y166.977 E.00241
G3 X168.123 Y168.123 I-7.25 J-.436 E.03845
G1 X167.27 Y167.27 E.04003
G2 X165.984 Y164.72 I-8.278 J2.576 E.09517
G1 X167.672 Y163.009 E.07973
G2 X167.378 Y162.231 I-16.012 J5.606 E.0276
G3 X166.906 Y160.571 I3.156 J-1.794 E.0578
G3 X167.306 Y159.63 I2.077 J.328 E.03427
G1 X159.845 Y152.169 E.35
G3 X162.387 Y152.964 I-1.553 J9.428 E.08864
G1 X157.358 Y157.994 E.23593
G2 X158.553 Y159.095 I7.449 J-6.886 E.05397
G1 E-.35 F3600
; WIPE_START
G1 F8843.478
G1 X158.028 Y158.677 E-.04785
G1 X157.358 Y157.994 E-.06816
G1 X157.621 Y157.731 E-.0265
; WIPE_END
G1 E-.0075 F3600
G1 X167.875 Y169.785 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X168.129 Y169.28 E.01566
G1 X168.419 Y168.432 E.02484
G2 X168.516 Y164.895 I-8.175 J-1.993 E.09877
G2 X167.415 Y161.391 I-14.454 J2.614 E.10202
G1 X167.293 Y161.003 E.01125
G1 X167.271 Y160.563 E.01223
G1 X167.317 Y160.35 E.00604
G1 X167.498 Y159.983 E.01134
G1 X167.786 Y159.682 E.01154
G1 X168.216 Y159.456 E.01345
G2 X170.168 Y159.155 I-12.969 J-90.58 E.05471
G2 X173.864 Y157.763 I-2.19 J-11.418 E.10996
G1 X174.681 Y157.183 E.02775
G2 X175.722 Y156.102 I-7.837 J-8.589 E.04164
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 1.8
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F10588.235
G1 X175.093 Y156.804 E-.06722
G1 X174.681 Y157.183 E-.0399
G1 X174.276 Y157.471 E-.03538
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.415 Y145.88 Z1.8 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X149.588 Y145.673 E.00896
; LINE_WIDTH: 0.489167
G1 F8067.29
G1 X149.668 Y145.455 E.00845
; LINE_WIDTH: 0.528334
G1 F7416.35
G1 X149.749 Y145.237 E.00919
; LINE_WIDTH: 0.552217
G1 F7068.567
G1 X149.758 Y145.018 E.00908
G1 X149.683 Y144.878 E.00659
; LINE_WIDTH: 0.502461
G1 F7833.904
G1 X149.608 Y144.738 E.00595
; LINE_WIDTH: 0.452705
G1 F8785.094
G1 X149.418 Y144.484 E.01059
; LINE_WIDTH: 0.449999
G1 F8843.491
G3 X147.858 Y143.132 I8.661 J-11.564 E.06855
G3 X145.825 Y139.079 I5.867 J-5.48 E.15248
G3 X145.544 Y136.502 I22.449 J-3.752 E.08604
G1 X145.468 Y134.183 E.07696
G2 X145.148 Y130.937 I-20.836 J.42 E.10832
G2 X143.841 Y127.747 I-8.661 J1.684 E.1151
G2 X141.618 Y125.609 I-6.892 J4.941 E.10289
G2 X139.62 Y124.556 I-6.732 J10.353 E.07501
G3 X142.559 Y124.32 I2.027 J6.834 E.0985
G1 X143.494 Y124.524 E.03175
G3 X146.699 Y126.323 I-2.76 J8.675 E.12277
G3 X149.197 Y129.092 I-10.143 J11.659 E.12399
G1 X149.364 Y129.264 E.00797
G1 X149.78 Y129.481 E.01557
G1 X150.223 Y129.48 E.01471
G1 X150.612 Y129.279 E.01453
G1 X150.776 Y129.129 E.00738
G3 X154.408 Y125.5 I11.397 J7.775 E.17131
G3 X157.861 Y124.276 I4.171 J6.286 E.12275
G1 X158.817 Y124.27 E.03169
G3 X160.393 Y124.556 I-.648 J8.064 E.05323
G2 X157.984 Y125.885 I4.333 J10.7 E.09149
G2 X154.974 Y130.402 I4.69 J6.386 E.18376
G2 X154.531 Y134.187 I17.227 J3.935 E.12665
G1 X154.45 Y136.621 E.08081
G3 X154.04 Y139.668 I-15.885 J-.589 E.10213
G3 X151.192 Y144.001 I-7.722 J-1.973 E.17518
G1 X150.67 Y144.397 E.02174
G1 X150.458 Y144.618 E.01016
; LINE_WIDTH: 0.484072
G1 F8160.459
G1 X150.39 Y144.759 E.00563
; LINE_WIDTH: 0.518145
G1 F7575.369
G1 X150.322 Y144.9 E.00606
; LINE_WIDTH: 0.552217
G1 F7068.567
G1 X150.254 Y145.041 E.00649
G1 X150.243 Y145.259 E.00908
; LINE_WIDTH: 0.528334
G1 F7416.35
G1 X150.352 Y145.492 E.01015
; LINE_WIDTH: 0.489167
G1 F8067.29
G1 X150.46 Y145.725 E.00933
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X150.661 Y145.96 E.01028
G2 X151.68 Y146.39 I2.642 J-4.843 E.03674
G1 X152.159 Y146.651 E.01812
G3 X153.122 Y147.389 I-41.53 J55.17 E.04022
G1 X153.541 Y147.48 E.01425
; LINE_WIDTH: 0.489129
G1 F8067.977
G1 X153.77 Y147.44 E.00844
; LINE_WIDTH: 0.528258
G1 F7417.511
G1 X153.999 Y147.401 E.00918
; LINE_WIDTH: 0.552153
G1 F7069.456
G1 X154.193 Y147.3 E.00908
G1 X154.277 Y147.165 E.00659
; LINE_WIDTH: 0.502442
G1 F7834.236
G1 X154.36 Y147.03 E.00595
; LINE_WIDTH: 0.45273
G1 F8784.559
G1 X154.485 Y146.738 E.01059
; LINE_WIDTH: 0.449999
G1 F8843.491
G3 X154.877 Y144.711 I14.345 J1.719 E.06855
G3 X157.37 Y140.924 I7.68 J2.341 E.15248
G3 X159.461 Y139.392 I14.475 J17.566 E.08603
G1 X161.432 Y138.167 E.07697
G2 X164.083 Y136.266 I-10.782 J-17.835 E.10832
G2 X166.192 Y133.541 I-5.834 J-6.694 E.11505
G2 X166.949 Y129.656 I-8.08 J-3.592 E.13242
G2 X166.84 Y128.281 I-8.884 J.016 E.0458
G3 X168.519 Y130.716 I-4.798 J5.105 E.09886
G1 X168.806 Y131.611 E.03117
G3 X168.855 Y135.303 I-8.89 J1.964 E.12335
G3 X167.705 Y138.85 I-15.168 J-2.955 E.12399
G1 X167.64 Y139.081 E.00797
G1 X167.66 Y139.55 E.01557
G1 X167.882 Y139.934 E.01471
G1 X168.207 Y140.154 E.01302
G1 X168.443 Y140.232 E.00823
G3 X172.775 Y141.266 I-1.26 J14.864 E.14828
G3 X176.022 Y143.685 I-3.066 J7.506 E.13576
G3 X176.978 Y145.438 I-5.305 J4.028 E.0665
G1 X177.227 Y146.269 E.02878
G2 X174.656 Y144.761 I-7.461 J9.774 E.09914
G2 X169.167 Y144.595 I-2.975 J7.518 E.18587
G2 X165.96 Y146.018 I6.623 J19.249 E.1165
G1 X163.811 Y147.165 E.08081
G3 X160.968 Y148.333 I-7.432 J-14.051 E.10213
G3 X155.792 Y148.033 I-2.152 J-7.674 E.17517
G1 X155.187 Y147.779 E.02174
G1 X154.89 Y147.705 E.01016
; LINE_WIDTH: 0.484051
G1 F8160.854
G1 X154.734 Y147.717 E.00562
; LINE_WIDTH: 0.518102
G1 F7576.05
G1 X154.578 Y147.729 E.00606
; LINE_WIDTH: 0.552153
G1 F7069.456
G2 X154.239 Y147.83 I-.044 J.471 E.01505
; LINE_WIDTH: 0.532684
G1 F7350.479
G1 X154.13 Y147.952 E.00652
; LINE_WIDTH: 0.484263
G1 F8156.921
G1 X153.85 Y148.439 E.0202
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X153.832 Y148.675 E.00788
G2 X153.968 Y149.68 I17.356 J-1.836 E.03364
G1 X153.963 Y150.342 E.02195
G1 X153.848 Y151.166 E.0276
G1 X153.84 Y151.519 E.01172
G1 X153.929 Y151.755 E.00836
; LINE_WIDTH: 0.48968
G1 F8058.018
G1 X154.1 Y152.017 E.01137
; LINE_WIDTH: 0.532685
G1 F7350.464
G1 X154.357 Y152.236 E.0135
G1 X154.555 Y152.263 E.00797
; LINE_WIDTH: 0.491342
G1 F8028.152
G1 X154.753 Y152.29 E.0073
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X155.068 Y152.254 E.01051
G3 X157.019 Y151.579 I5.684 J13.284 E.06855
G3 X161.545 Y151.844 I1.812 J7.821 E.15247
G3 X163.918 Y152.89 I-7.974 J21.316 E.08604
G1 X165.963 Y153.984 E.07696
G2 X168.935 Y155.329 I10.054 J-18.255 E.10832
G2 X172.353 Y155.793 I2.872 J-8.341 E.11516
G2 X175.315 Y154.934 I-.764 J-8.174 E.10291
G2 X177.229 Y153.724 I-5.362 J-10.601 E.07524
G3 X176.525 Y155.548 I-6.741 J-1.555 E.06506
G1 X175.999 Y156.346 E.03171
G3 X174.905 Y157.467 I-6.009 J-4.765 E.05207
G3 X171.075 Y159.315 I-6.201 J-7.963 E.14211
G3 X168.509 Y159.759 I-4.475 J-18.226 E.08648
G1 X168.276 Y159.818 E.00797
G1 X167.88 Y160.069 E.01557
G1 X167.659 Y160.453 E.01471
G1 X167.638 Y160.891 E.01453
G1 X167.69 Y161.115 E.00762
G3 X168.885 Y164.887 I-13.965 J6.498 E.13163
G3 X168.968 Y167.482 I-10.487 J1.634 E.08633
G3 X168.496 Y169.335 I-7.561 J-.936 E.0636
G3 X166.844 Y171.713 I-6.426 J-2.702 E.09674
G2 X166.804 Y168.363 I-10.821 J-1.545 E.11157
G2 X164.478 Y164.1 I-7.831 J1.507 E.16367
G2 X161.429 Y161.831 I-12.013 J12.958 E.12632
G1 X159.361 Y160.543 E.08081
G3 X156.928 Y158.665 I8.453 J-13.462 E.10213
G3 X154.6 Y154.032 I5.57 J-5.7 E.17517
G1 X154.517 Y153.382 E.02175
G1 X154.432 Y153.087 E.01016
; LINE_WIDTH: 0.478389
G1 F8266.959
G1 X154.292 Y152.901 E.00827
; LINE_WIDTH: 0.506778
G1 F7760.996
G1 X154.152 Y152.715 E.0088
; LINE_WIDTH: 0.534803
G1 F7318.813
G1 X153.985 Y152.578 E.00865
G1 X153.729 Y152.557 E.01031
; LINE_WIDTH: 0.492401
G1 F8009.237
G1 X153.473 Y152.536 E.00942
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X153.173 Y152.59 E.0101
G2 X152.332 Y153.23 I3.241 J5.132 E.03511
G3 X151.271 Y153.782 I-2.488 J-3.486 E.0398
G1 X150.73 Y153.988 E.0192
G1 X150.47 Y154.25 E.01224
; LINE_WIDTH: 0.489751
G1 F8056.738
G1 X150.304 Y154.556 E.01267
; LINE_WIDTH: 0.532661
G1 F7350.824
G1 X150.242 Y154.891 E.0136
G1 X150.317 Y155.075 E.00796
; LINE_WIDTH: 0.49133
G1 F8028.366
G1 X150.393 Y155.26 E.00728
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X150.582 Y155.515 E.01054
G3 X152.142 Y156.868 I-8.674 J11.578 E.06856
G3 X154.175 Y160.921 I-5.867 J5.48 E.15248
G3 X154.456 Y163.498 I-22.449 J3.752 E.08604
G1 X154.532 Y165.817 E.07696
G2 X154.852 Y169.063 I20.837 J-.42 E.10832
G2 X156.158 Y172.252 I8.714 J-1.706 E.11505
G2 X159.144 Y174.851 I7.15 J-5.201 E.13242
G2 X160.389 Y175.443 I4.428 J-7.702 E.04581
G3 X157.441 Y175.68 I-2.022 J-6.708 E.09886
G1 X156.523 Y175.481 E.03117
G3 X153.301 Y173.677 I2.744 J-8.681 E.12335
G3 X150.803 Y170.908 I10.143 J-11.658 E.12399
G1 X150.636 Y170.736 E.00797
G1 X150.22 Y170.519 E.01557
G1 X149.776 Y170.52 E.01471
G1 X149.388 Y170.721 E.01453
G1 X149.223 Y170.872 E.00741
G3 X145.837 Y174.337 I-11.808 J-8.152 E.16148
G3 X142.399 Y175.701 I-4.522 J-6.385 E.12385
G3 X141.228 Y175.725 I-.706 J-5.79 E.03892
G1 X140.233 Y175.595 E.03329
G1 X139.616 Y175.442 E.02108
G2 X142.49 Y173.741 I-4.246 J-10.453 E.11118
G2 X145.028 Y169.584 I-5.209 J-6.033 E.16419
G2 X145.469 Y165.813 I-17.132 J-3.914 E.12618
G1 X145.55 Y163.379 E.08081
G3 X145.96 Y160.332 I15.885 J.589 E.10213
G3 X148.808 Y155.999 I7.722 J1.973 E.17518
G1 X149.33 Y155.603 E.02174
G1 X149.543 Y155.381 E.01019
; LINE_WIDTH: 0.478368
G1 F8267.348
G1 X149.633 Y155.167 E.00825
; LINE_WIDTH: 0.506737
G1 F7761.682
G1 X149.724 Y154.953 E.00879
; LINE_WIDTH: 0.535129
G1 F7313.966
G1 X149.76 Y154.738 E.00875
G1 X149.626 Y154.465 E.0122
; LINE_WIDTH: 0.492564
G1 F8006.333
G1 X149.491 Y154.192 E.01114
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X149.324 Y154.03 E.00775
G2 X148.287 Y153.593 I-5.361 J11.285 E.03731
G1 X147.84 Y153.349 E.0169
G3 X146.864 Y152.605 I16.056 J-22.089 E.04073
G1 X146.514 Y152.525 E.01192
; LINE_WIDTH: 0.489731
G1 F8057.098
G1 X146.207 Y152.541 E.01119
; LINE_WIDTH: 0.532601
G1 F7351.725
G1 X145.885 Y152.655 E.0136
G1 X145.763 Y152.812 E.00795
; LINE_WIDTH: 0.4913
G1 F8028.904
G1 X145.641 Y152.97 E.00728
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X145.515 Y153.261 E.01054
G3 X145.123 Y155.289 I-14.364 J-1.723 E.06857
G3 X142.63 Y159.076 I-7.68 J-2.341 E.15248
G3 X140.539 Y160.608 I-14.475 J-17.566 E.08603
G1 X138.568 Y161.833 E.07697
G2 X135.917 Y163.734 I10.782 J17.835 E.10832
G2 X133.808 Y166.459 I5.834 J6.694 E.11504
G2 X133.05 Y170.34 I8.08 J3.592 E.13227
G2 X133.16 Y171.719 I8.912 J-.015 E.04596
G3 X131.481 Y169.284 I4.728 J-5.056 E.09888
G1 X131.194 Y168.389 E.03117
G3 X131.145 Y164.697 I8.89 J-1.964 E.12335
G3 X132.295 Y161.15 I15.168 J2.955 E.12399
G1 X132.36 Y160.919 E.00797
G1 X132.34 Y160.45 E.01557
G1 X132.118 Y160.066 E.01471
G1 X131.793 Y159.846 E.01302
G1 X131.557 Y159.768 E.00823
G3 X127.225 Y158.734 I1.26 J-14.864 E.14828
G3 X123.978 Y156.315 I3.066 J-7.506 E.13576
G3 X123.022 Y154.562 I5.305 J-4.028 E.0665
G1 X122.773 Y153.731 E.02878
G2 X125.344 Y155.239 I7.463 J-9.776 E.09913
G2 X130.833 Y155.405 I2.975 J-7.518 E.18587
G2 X134.04 Y153.982 I-6.623 J-19.249 E.1165
G1 X136.189 Y152.835 E.08081
G3 X139.032 Y151.667 I7.432 J14.051 E.10213
G3 X144.208 Y151.967 I2.152 J7.674 E.17517
G1 X144.813 Y152.221 E.02174
G1 X145.111 Y152.295 E.01019
; LINE_WIDTH: 0.47835
G1 F8267.699
G1 X145.342 Y152.266 E.00825
; LINE_WIDTH: 0.5067
G1 F7762.301
G1 X145.573 Y152.238 E.00879
; LINE_WIDTH: 0.535079
G1 F7314.709
G1 X145.777 Y152.161 E.00875
G1 X145.922 Y151.949 E.0103
; LINE_WIDTH: 0.492539
G1 F8006.779
G1 X146.068 Y151.738 E.00941
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X146.157 Y151.534 E.00737
G1 X146.141 Y151 E.01775
G1 X146.034 Y150.351 E.02181
G1 X146.02 Y149.81 E.01797
G3 X146.178 Y148.602 I68.112 J8.274 E.0404
G1 X146.047 Y148.193 E.01424
; LINE_WIDTH: 0.48913
G1 F8067.95
G1 X145.898 Y148.015 E.00844
; LINE_WIDTH: 0.528261
G1 F7417.465
G1 X145.749 Y147.836 E.00918
; LINE_WIDTH: 0.552152
G1 F7069.47
G1 X145.565 Y147.719 E.00908
G1 X145.406 Y147.714 E.00659
; LINE_WIDTH: 0.502443
G1 F7834.219
G1 X145.247 Y147.709 E.00595
; LINE_WIDTH: 0.452733
G1 F8784.495
G1 X144.932 Y147.746 E.01059
; LINE_WIDTH: 0.449999
G1 F8843.491
G3 X142.981 Y148.421 I-5.684 J-13.284 E.06855
G3 X138.455 Y148.156 I-1.812 J-7.821 E.15247
G3 X136.082 Y147.11 I7.974 J-21.316 E.08604
G1 X134.037 Y146.016 E.07696
G2 X131.065 Y144.671 I-10.054 J18.254 E.10832
G2 X127.647 Y144.207 I-2.872 J8.341 E.11516
G2 X124.685 Y145.066 I.764 J8.174 E.10291
G2 X122.771 Y146.276 I5.362 J10.601 E.07524
G3 X123.475 Y144.452 I6.741 J1.555 E.06506
G1 X124.001 Y143.654 E.03171
G3 X125.095 Y142.533 I6.009 J4.765 E.05207
G3 X128.925 Y140.685 I6.201 J7.963 E.14211
G3 X131.491 Y140.241 I4.475 J18.226 E.08648
G1 X131.724 Y140.182 E.00797
G1 X132.12 Y139.931 E.01557
G1 X132.341 Y139.547 E.01471
G1 X132.37 Y139.155 E.01303
G1 X132.319 Y138.912 E.00823
G3 X131.049 Y134.644 I13.502 J-6.341 E.14828
G3 X131.52 Y130.622 I8.033 J-1.098 E.13576
G3 X132.561 Y128.918 I6.14 J2.58 E.0665
G1 X133.155 Y128.288 E.02872
G2 X133.135 Y131.267 I12.231 J1.572 E.09905
G2 X135.736 Y136.104 I7.998 J-1.183 E.18587
G2 X138.571 Y138.169 I13.359 J-15.36 E.1165
G1 X140.639 Y139.457 E.08081
G3 X143.072 Y141.335 I-8.453 J13.462 E.10213
G3 X145.4 Y145.968 I-5.57 J5.7 E.17517
M73 P54 R6
G1 X145.483 Y146.618 E.02175
G1 X145.568 Y146.913 E.01016
; LINE_WIDTH: 0.48405
G1 F8160.859
G1 X145.656 Y147.042 E.00562
; LINE_WIDTH: 0.518101
G1 F7576.06
G1 X145.744 Y147.171 E.00606
; LINE_WIDTH: 0.552152
G1 F7069.47
G2 X146.001 Y147.414 I.429 J-.198 E.01505
; LINE_WIDTH: 0.532686
G1 F7350.449
G1 X146.161 Y147.448 E.00652
; LINE_WIDTH: 0.484266
G1 F8156.866
G1 X146.723 Y147.447 E.0202
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X146.937 Y147.344 E.00789
G2 X147.843 Y146.662 I-216.412 J-288.186 E.03763
G3 X148.83 Y146.179 I2.498 J3.859 E.03651
G1 X149.362 Y145.945 E.01929
G1 X149.377 Y145.927 E.00079
M204 S10000
G1 X149.121 Y145.583 F30000
M204 S5000
G1 F8843.491
G1 X149.245 Y145.453 E.00597
G1 X149.307 Y145.1 E.0119
G1 X149.165 Y144.803 E.0109
G3 X147.562 Y143.411 I8.904 J-11.874 E.07049
G3 X145.425 Y139.158 I6.162 J-5.759 E.16005
G3 X145.137 Y136.521 I22.974 J-3.845 E.08806
G1 X145.062 Y134.196 E.07714
G2 X144.751 Y131.028 I-20.476 J.409 E.10571
G2 X143.517 Y127.993 I-8.261 J1.59 E.10938
G2 X140.25 Y125.29 I-6.946 J5.07 E.14212
G2 X138.44 Y124.55 I-6.886 J14.262 E.0649
G3 X143.134 Y124.01 I3.174 J6.913 E.15938
G3 X146.568 Y125.693 I-2.111 J8.651 E.12785
G3 X149.526 Y128.852 I-9.496 J11.856 E.14403
G1 X149.821 Y129.066 E.01211
G1 X150.137 Y129.083 E.01048
G1 X150.451 Y128.883 E.01235
G3 X154.242 Y125.125 I11.906 J8.218 E.17809
G3 X157.857 Y123.869 I4.315 J6.591 E.12824
G1 X158.857 Y123.865 E.03318
G3 X161.553 Y124.546 I-.7 J8.449 E.09265
G1 X161.51 Y124.562 E.00154
G2 X159.13 Y125.615 I5.223 J15.012 E.08643
G1 X158.233 Y126.207 E.03564
G2 X155.371 Y130.492 I4.433 J6.059 E.17447
G2 X154.938 Y134.198 I16.797 J3.841 E.12404
G3 X154.807 Y137.396 I-61.58 J-.918 E.10616
G3 X154.222 Y140.458 I-12.671 J-.835 E.10369
G3 X151.374 Y144.373 I-7.938 J-2.781 E.1629
G1 X150.794 Y144.848 E.02487
G1 X150.688 Y145.225 E.01299
G1 X150.851 Y145.586 E.01315
G1 X151.166 Y145.763 E.01198
G1 X151.761 Y145.972 E.02092
G1 X152.335 Y146.275 E.02152
G3 X153.223 Y146.979 I-4.005 J5.969 E.03764
G1 X153.56 Y147.073 E.01162
G1 X153.897 Y146.95 E.0119
G1 X154.083 Y146.679 E.0109
G3 X154.487 Y144.594 I14.735 J1.774 E.0705
G3 X157.102 Y140.617 I8.068 J2.458 E.16005
G3 X159.242 Y139.049 I14.817 J17.974 E.08806
G1 X161.217 Y137.822 E.07714
G2 X163.806 Y135.968 I-10.592 J-17.529 E.10571
G2 X165.817 Y133.382 I-5.552 J-6.394 E.10938
G2 X166.522 Y129.202 I-7.788 J-3.463 E.14211
G2 X166.256 Y127.261 I-14.629 J1.018 E.06504
G3 X169.075 Y131.059 I-4.396 J6.208 E.15956
G3 X169.334 Y134.874 I-8.548 J2.497 E.12784
G3 X168.078 Y139.015 I-15.015 J-2.296 E.14404
G1 X168.04 Y139.378 E.01211
G1 X168.183 Y139.66 E.01048
G1 X168.488 Y139.827 E.01154
G3 X172.903 Y140.877 I-1.306 J15.295 E.15107
G3 X176.046 Y143.072 I-3.279 J8.046 E.12823
G3 X177.675 Y146.383 I-5.656 J4.839 E.1237
G1 X177.821 Y147.281 E.03018
G2 X176.742 Y146.415 I-35.605 J43.281 E.0459
G2 X173.876 Y144.916 I-6.08 J8.13 E.10774
G2 X169.299 Y144.98 I-2.186 J7.351 E.15421
G2 X166.154 Y146.376 I6.474 J18.825 E.11429
G1 X163.998 Y147.527 E.08107
G3 X161.075 Y148.725 I-7.623 J-14.423 E.10494
G3 X155.645 Y148.412 I-2.259 J-8.069 E.18378
G1 X155.03 Y148.154 E.02212
G1 X154.792 Y148.117 E.00799
G1 X154.44 Y148.242 E.01238
G1 X154.236 Y148.58 E.01312
G2 X154.372 Y149.598 I10.31 J-.86 E.03408
G1 X154.393 Y150.153 E.01842
G3 X154.232 Y151.335 I-9.693 J-.723 E.03959
G1 X154.315 Y151.62 E.00984
G1 X154.59 Y151.85 E.0119
G1 X154.918 Y151.875 E.01091
G3 X156.925 Y151.183 I5.831 J13.65 E.0705
G3 X161.677 Y151.459 I1.906 J8.216 E.16005
G3 X164.105 Y152.528 I-8.157 J21.817 E.08806
G1 X166.155 Y153.625 E.07714
G2 X169.055 Y154.94 I9.884 J-17.937 E.10571
G2 X172.303 Y155.389 I2.752 J-7.944 E.10949
G2 X176.272 Y153.911 I-.895 J-8.473 E.14196
G2 X177.821 Y152.709 I-8.31 J-12.302 E.0651
G3 X175.941 Y157.049 I-7.575 J-.703 E.15956
G3 X172.766 Y159.181 I-6.492 J-6.237 E.12782
M73 P54 R5
G3 X168.552 Y160.163 I-5.505 J-14.091 E.14404
G1 X168.218 Y160.312 E.01211
G1 X168.046 Y160.577 E.01048
G1 X168.061 Y160.948 E.01232
G3 X169.372 Y165.459 I-13.475 J6.359 E.15647
G3 X169.04 Y169.047 I-8.716 J1.005 E.12038
G3 X166.931 Y172.194 I-7.049 J-2.445 E.12707
G1 X166.265 Y172.736 E.02848
G2 X166.522 Y170.858 I-18.076 J-3.435 E.0629
G2 X165.999 Y167.05 I-8.71 J-.744 E.12856
G2 X164.202 Y164.399 I-7.209 J2.954 E.10702
G2 X161.215 Y162.177 I-11.717 J12.633 E.1237
G3 X158.512 Y160.466 I31.588 J-52.875 E.10615
G3 X156.153 Y158.427 I7.058 J-10.556 E.10369
G3 X154.186 Y154.004 I6.377 J-5.484 E.1629
G1 X154.065 Y153.263 E.02488
G1 X153.787 Y152.981 E.01314
G1 X153.397 Y152.944 E.013
G1 X153.093 Y153.122 E.01168
G1 X152.618 Y153.531 E.02079
G1 X152.053 Y153.888 E.02218
G3 X151.002 Y154.304 I-3.262 J-6.696 E.03754
G1 X150.755 Y154.546 E.01144
G1 X150.693 Y154.899 E.01191
G1 X150.835 Y155.196 E.01092
G3 X152.438 Y156.589 I-8.917 J11.888 E.07051
G3 X154.575 Y160.842 I-6.162 J5.759 E.16005
G3 X154.863 Y163.479 I-22.974 J3.845 E.08806
G1 X154.938 Y165.803 E.07714
G2 X155.249 Y168.972 I20.477 J-.409 E.10571
G2 X156.483 Y172.007 I8.313 J-1.611 E.10938
G2 X159.751 Y174.708 I6.893 J-5.013 E.14211
G2 X161.565 Y175.448 I6.434 J-13.18 E.06504
G3 X156.865 Y175.99 I-3.178 J-6.912 E.15956
G3 X153.432 Y174.307 I2.112 J-8.651 E.12784
G3 X150.474 Y171.148 I9.496 J-11.855 E.14404
G1 X150.179 Y170.934 E.01211
G1 X149.863 Y170.917 E.01048
G1 X149.549 Y171.116 E.01233
G3 X146.068 Y174.673 I-12.112 J-8.373 E.16589
G3 X142.479 Y176.102 I-4.769 J-6.752 E.12933
G3 X140.463 Y176.058 I-.832 J-7.989 E.06707
G3 X138.452 Y175.452 I1.563 J-8.83 E.06982
G2 X140.869 Y174.386 I-5.997 J-16.856 E.08771
G2 X142.713 Y172.975 I-4.768 J-8.144 E.07724
G2 X144.631 Y169.494 I-5.452 J-5.272 E.13339
G2 X145.015 Y166.827 I-14.825 J-3.498 E.08948
G2 X145.148 Y163.288 I-429.367 J-17.798 E.11747
G3 X145.605 Y160.098 I15.614 J.609 E.10709
G3 X148.626 Y155.627 I8.122 J2.232 E.18223
G1 X149.184 Y155.179 E.02374
G1 X149.304 Y154.838 E.012
G1 X149.291 Y154.695 E.00477
G1 X149.101 Y154.371 E.01246
G2 X148.156 Y153.984 I-4.673 J10.084 E.0339
G1 X147.665 Y153.725 E.0184
G3 X146.722 Y152.995 I5.927 J-8.628 E.03959
G1 X146.441 Y152.927 E.0096
G1 X146.104 Y153.05 E.01191
G1 X145.917 Y153.321 E.01092
G3 X145.513 Y155.406 I-14.754 J-1.778 E.07051
G3 X142.898 Y159.383 I-8.068 J-2.458 E.16005
G3 X140.758 Y160.951 I-14.817 J-17.974 E.08806
G1 X138.783 Y162.178 E.07714
G2 X136.194 Y164.032 I10.592 J17.529 E.10571
G2 X134.183 Y166.618 I5.552 J6.394 E.10938
G2 X133.457 Y170.322 I7.686 J3.429 E.12628
G2 X133.744 Y172.739 I14.057 J-.442 E.08085
G3 X130.925 Y168.941 I4.42 J-6.226 E.15954
G3 X130.666 Y165.126 I8.548 J-2.497 E.12784
G3 X131.922 Y160.985 I15.015 J2.296 E.14404
G1 X131.96 Y160.622 E.01211
G1 X131.817 Y160.34 E.01048
G1 X131.512 Y160.173 E.01154
G3 X127.097 Y159.123 I1.306 J-15.295 E.15107
G3 X123.954 Y156.928 I3.279 J-8.046 E.12823
G3 X122.325 Y153.617 I5.655 J-4.839 E.12369
G1 X122.178 Y152.718 E.03021
G2 X123.258 Y153.585 I35.686 J-43.382 E.04594
G2 X126.124 Y155.084 I6.08 J-8.13 E.10774
G2 X130.701 Y155.02 I2.186 J-7.351 E.15421
G2 X133.846 Y153.624 I-6.474 J-18.825 E.11429
G3 X136.681 Y152.139 I29.995 J53.788 E.10616
G3 X139.625 Y151.115 I5.613 J11.39 E.10369
G3 X144.44 Y151.623 I1.561 J8.265 E.16291
G1 X145.142 Y151.889 E.02489
G1 X145.525 Y151.788 E.01315
G1 X145.752 Y151.471 E.01294
G1 X145.748 Y151.109 E.012
G1 X145.632 Y150.495 E.02072
G1 X145.607 Y149.847 E.02153
G3 X145.772 Y148.719 I7.152 J.471 E.03784
G1 X145.685 Y148.38 E.01161
G1 X145.41 Y148.15 E.0119
G1 X145.082 Y148.125 E.01091
G3 X143.075 Y148.817 I-5.831 J-13.65 E.0705
G3 X138.323 Y148.541 I-1.906 J-8.216 E.16005
G3 X135.895 Y147.472 I8.157 J-21.817 E.08806
G1 X133.845 Y146.375 E.07714
G2 X130.945 Y145.06 I-9.884 J17.937 E.10571
G2 X127.697 Y144.611 I-2.752 J7.944 E.10949
G2 X123.728 Y146.089 I.895 J8.473 E.14196
G2 X122.179 Y147.291 I8.31 J12.301 E.0651
G3 X124.059 Y142.951 I7.575 J.703 E.15956
G3 X127.234 Y140.819 I6.492 J6.237 E.12782
G3 X131.448 Y139.837 I5.505 J14.091 E.14404
G1 X131.782 Y139.688 E.01211
G1 X131.954 Y139.423 E.01048
G1 X131.946 Y139.075 E.01154
G3 X130.648 Y134.727 I13.899 J-6.517 E.15107
G3 X130.977 Y130.907 I8.607 J-1.183 E.12824
G3 X133.069 Y127.806 I7.019 J2.479 E.12544
G1 X133.735 Y127.265 E.02847
G2 X133.457 Y129.571 I16.41 J3.149 E.07712
G2 X134.132 Y133.26 I8.271 J.392 E.12549
G2 X136.003 Y135.797 I7.308 J-3.431 E.10525
G2 X138.785 Y137.823 I13.066 J-15.019 E.11429
G1 X140.859 Y139.114 E.08107
G3 X143.358 Y141.046 I-8.679 J13.813 E.10494
G3 X145.803 Y145.906 I-5.858 J5.991 E.18378
G1 X145.887 Y146.567 E.02213
G1 X145.974 Y146.792 E.00798
G1 X146.257 Y147.034 E.01238
G1 X146.653 Y147.042 E.01312
G2 X147.579 Y146.345 I-14.667 J-20.46 E.03845
G3 X149.04 Y145.667 I3.58 J5.805 E.05357
G1 X149.079 Y145.627 E.00188
M204 S10000
G1 X148.862 Y145.321 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X148.92 Y145.167 E.00506
G1 X148.847 Y145.033 E.00469
G3 X145.833 Y141.618 I5.28 J-7.695 E.14137
G3 X144.844 Y137.914 I10.066 J-4.673 E.1184
G3 X144.659 Y133.883 I58.346 J-4.697 E.12402
G2 X144.243 Y130.567 I-16.14 J.34 E.10289
G2 X141.154 Y126.26 I-6.937 J1.715 E.16685
G2 X138.594 Y125.019 I-6.205 J9.537 E.08765
G1 X138.077 Y124.841 E.01678
G1 X137.9 Y124.714 E.00671
G1 X137.869 Y124.51 E.00633
G1 X137.984 Y124.321 E.00681
G3 X142.583 Y123.513 I3.685 J7.481 E.1454
G3 X146.29 Y125.004 I-1.297 J8.581 E.1239
G3 X147.623 Y126.069 I-7.775 J11.099 E.05245
G1 X148.436 Y126.878 E.03527
G3 X149.882 Y128.665 I-15.531 J14.04 E.07066
G1 X149.938 Y128.683 E.00182
G2 X150.066 Y128.677 I.061 J-.065 E.00438
G1 X150.151 Y128.632 E.00296
G3 X154.03 Y124.795 I11.851 J8.102 E.16867
G3 X158.298 Y123.454 I4.487 J6.818 E.13926
G3 X161.122 Y123.95 I-.053 J8.59 E.08851
G1 X161.988 Y124.324 E.02898
G1 X162.098 Y124.424 E.00458
G1 X162.135 Y124.634 E.00655
G1 X162.015 Y124.788 E.006
G3 X160.641 Y125.318 I-7.931 J-18.51 E.04525
G2 X158.077 Y126.823 I3.988 J9.728 E.09167
G2 X155.754 Y130.579 I4.624 J5.457 E.13795
G2 X155.341 Y133.886 I15.78 J3.65 E.10261
G1 X155.253 Y136.591 E.08315
G3 X154.813 Y139.87 I-16.576 J-.552 E.10183
G3 X151.76 Y144.573 I-8.51 J-2.183 E.17536
G1 X151.153 Y145.033 E.02339
G1 X151.08 Y145.16 E.00449
G1 X151.097 Y145.263 E.00322
G1 X151.205 Y145.361 E.00449
G1 X151.918 Y145.612 E.02323
G1 X152.543 Y145.942 E.02172
G3 X153.483 Y146.675 I-5.535 J8.063 E.03665
G1 X153.646 Y146.649 E.00506
G1 X153.724 Y146.518 E.00469
G3 X155.176 Y142.201 I9.304 J.725 E.14138
G3 X157.889 Y139.492 I9.079 J6.381 E.11841
G3 X161.287 Y137.316 I33.239 J48.178 E.12402
G2 X163.951 Y135.298 I-8.365 J-13.807 E.10289
G2 X166.137 Y130.465 I-4.981 J-5.163 E.16693
G2 X165.93 Y127.648 I-11.764 J-.553 E.08702
G1 X165.827 Y126.978 E.02083
G1 X165.896 Y126.825 E.00515
G1 X166.077 Y126.726 E.00633
G1 X166.231 Y126.755 E.00481
G3 X169.23 Y130.333 I-4.636 J6.932 E.1454
G3 X169.792 Y134.289 I-8.08 J3.167 E.1239
G3 X169.536 Y135.976 I-13.5 J-1.184 E.05245
G1 X169.242 Y137.085 E.03527
G3 X168.417 Y139.231 I-19.925 J-6.43 E.07066
G1 X168.43 Y139.288 E.00182
G2 X168.5 Y139.396 I.086 J.02 E.00441
G1 X168.584 Y139.447 E.00301
G3 X173.559 Y140.744 I-1.162 J14.642 E.15879
G3 X176.986 Y143.667 I-3.53 J7.612 E.14014
G3 X178.24 Y147.546 I-7.243 J4.483 E.12651
G1 X178.232 Y147.595 E.0015
G1 X178.128 Y147.782 E.00659
G1 X177.922 Y147.825 E.00646
G1 X177.751 Y147.73 E.00601
G2 X176.499 Y146.723 I-21.533 J25.489 E.04937
G2 X173.776 Y145.295 I-5.885 J7.91 E.09486
G2 X169.426 Y145.351 I-2.086 J6.952 E.13578
G2 X166.628 Y146.567 I6.108 J17.879 E.09383
G1 X164.239 Y147.844 E.08325
G3 X161.179 Y149.104 I-7.81 J-14.631 E.10183
G3 X155.58 Y148.81 I-2.364 J-8.461 E.17536
G1 X154.878 Y148.516 E.02339
G1 X154.732 Y148.516 E.00449
G1 X154.65 Y148.582 E.00322
G1 X154.62 Y148.724 E.00449
G1 X154.759 Y149.461 E.02302
G1 X154.786 Y150.167 E.02172
G3 X154.621 Y151.354 I-9.671 J-.739 E.03684
G1 X154.725 Y151.481 E.00506
G1 X154.878 Y151.484 E.00469
G3 X159.342 Y150.583 I4.024 J8.42 E.14137
G3 X163.045 Y151.578 I-.986 J11.053 E.11841
G3 X166.628 Y153.433 I-25.106 J52.879 E.12402
G2 X169.708 Y154.731 I7.775 J-14.148 E.10289
G2 X174.986 Y154.205 I1.983 J-6.842 E.16698
G2 X176.47 Y153.297 I-4.424 J-8.89 E.05354
G2 X177.749 Y152.253 I-7.478 J-10.473 E.05077
G1 X177.947 Y152.164 E.00667
G1 X178.143 Y152.241 E.00647
G1 X178.246 Y152.434 E.00672
G3 X176.647 Y156.82 I-8.321 J-.549 E.1454
G3 X173.442 Y159.312 I-6.795 J-5.432 E.12591
G3 X169.121 Y160.497 I-5.998 J-13.402 E.13819
G1 X168.535 Y160.565 E.01813
G1 X168.491 Y160.605 E.00182
G2 X168.433 Y160.718 I.026 J.085 E.00438
G1 X168.43 Y160.815 E.00296
G3 X169.792 Y165.711 I-13.35 J6.352 E.15693
G3 X169.23 Y169.667 I-8.642 J.79 E.1239
G3 X166.761 Y172.855 I-7.49 J-3.251 E.12521
G1 X166.32 Y173.188 E.01697
G1 X166.132 Y173.273 E.00634
G1 X165.929 Y173.206 E.00657
G1 X165.819 Y173.027 E.00647
G1 X165.842 Y172.897 E.00402
G2 X166.074 Y171.474 I-66.755 J-11.62 E.0443
G2 X166.124 Y169.266 I-13.069 J-1.402 E.06797
G2 X163.935 Y164.687 I-7.146 J.603 E.1594
G2 X161.284 Y162.682 I-11.042 J11.845 E.1023
G1 X158.986 Y161.253 E.08315
G3 X156.366 Y159.233 I8.766 J-14.079 E.10183
G3 X153.82 Y154.237 I6.146 J-6.278 E.17536
G1 X153.725 Y153.482 E.02339
G1 X153.651 Y153.356 E.00449
G1 X153.554 Y153.318 E.00322
G1 X153.414 Y153.363 E.00449
G1 X152.852 Y153.847 E.02281
G1 X152.237 Y154.235 E.02234
G3 X151.139 Y154.679 I-4.272 J-8.991 E.03642
G1 X151.08 Y154.833 E.00507
G1 X151.153 Y154.967 E.00469
G3 X154.167 Y158.382 I-5.28 J7.695 E.14137
G3 X155.156 Y162.086 I-10.066 J4.673 E.1184
G3 X155.341 Y166.117 I-58.346 J4.697 E.12402
G2 X155.757 Y169.433 I16.14 J-.34 E.10289
G2 X158.849 Y173.742 I6.962 J-1.732 E.16693
G2 X161.393 Y174.972 I6.361 J-9.912 E.08702
G1 X162.025 Y175.218 E.02083
G1 X162.122 Y175.354 E.00515
G1 X162.117 Y175.56 E.00633
G1 X162.016 Y175.679 E.00481
G3 X157.417 Y176.487 I-3.685 J-7.481 E.1454
G3 X153.71 Y174.996 I1.297 J-8.581 E.1239
G3 X152.377 Y173.931 I7.775 J-11.099 E.05245
G1 X151.564 Y173.122 E.03527
G3 X150.118 Y171.334 I15.53 J-14.039 E.07067
G1 X150.062 Y171.316 E.00182
G2 X149.934 Y171.323 I-.061 J.065 E.00438
G1 X149.849 Y171.369 E.00297
G3 X146.29 Y174.996 I-12.175 J-8.386 E.15694
G3 X142.584 Y176.487 I-5.004 J-7.09 E.12386
G3 X138.64 Y175.963 I-.931 J-8.096 E.12347
G1 X138.078 Y175.728 E.01872
G1 X137.911 Y175.607 E.00634
G1 X137.867 Y175.398 E.00657
G1 X137.968 Y175.213 E.00646
G2 X140.044 Y174.374 I-8.966 J-25.172 E.06883
G2 X142.458 Y172.673 I-3.881 J-8.069 E.09116
G2 X144.249 Y169.406 I-5.106 J-4.923 E.11583
G2 X144.659 Y166.114 I-15.675 J-3.626 E.10213
G1 X144.747 Y163.409 E.08315
G3 X145.187 Y160.13 I16.576 J.552 E.10183
G3 X148.24 Y155.427 I8.51 J2.183 E.17536
M73 P55 R5
G1 X148.847 Y154.967 E.02339
G1 X148.92 Y154.84 E.0045
G1 X148.903 Y154.736 E.00323
G1 X148.795 Y154.639 E.00447
G1 X148.082 Y154.388 E.02323
G1 X147.457 Y154.058 E.02172
G3 X146.517 Y153.325 I5.503 J-8.02 E.03663
G1 X146.354 Y153.351 E.00507
G1 X146.276 Y153.482 E.00469
G3 X144.824 Y157.799 I-9.304 J-.725 E.14138
G3 X142.111 Y160.508 I-9.079 J-6.381 E.11841
G3 X138.713 Y162.684 I-33.239 J-48.178 E.12402
G2 X136.049 Y164.702 I8.365 J13.807 E.10289
G2 X133.863 Y169.535 I4.981 J5.163 E.16693
G2 X134.174 Y172.905 I12.743 J.522 E.1043
G1 X134.152 Y173.122 E.00671
G1 X133.991 Y173.251 E.00633
G1 X133.769 Y173.245 E.00681
G3 X130.77 Y169.667 I4.636 J-6.932 E.1454
G3 X130.208 Y165.711 I8.08 J-3.167 E.1239
G3 X130.464 Y164.024 I13.501 J1.185 E.05245
G1 X130.758 Y162.915 E.03527
G3 X131.583 Y160.769 I19.925 J6.43 E.07066
G1 X131.57 Y160.712 E.00182
G2 X131.5 Y160.604 I-.086 J-.02 E.00441
G1 X131.416 Y160.553 E.00301
G3 X126.498 Y159.285 I1.176 J-14.733 E.15684
G3 X123.353 Y156.82 I3.637 J-7.879 E.1239
G3 X121.826 Y153.087 I6.56 J-4.862 E.12521
G1 X121.758 Y152.539 E.01697
G1 X121.779 Y152.334 E.00634
G1 X121.938 Y152.192 E.00656
G1 X122.149 Y152.187 E.00647
G2 X123.501 Y153.277 I22.804 J-26.896 E.05338
G2 X126.224 Y154.705 I5.885 J-7.909 E.09486
G2 X130.574 Y154.649 I2.086 J-6.952 E.13578
G2 X133.372 Y153.433 I-6.108 J-17.879 E.09383
G1 X135.761 Y152.156 E.08325
G3 X138.821 Y150.896 I7.81 J14.631 E.10183
G3 X144.42 Y151.19 I2.364 J8.461 E.17536
G1 X145.122 Y151.484 E.02339
G1 X145.269 Y151.484 E.0045
G1 X145.35 Y151.418 E.00323
G1 X145.38 Y151.276 E.00447
G1 X145.241 Y150.539 E.02302
G1 X145.214 Y149.833 E.02172
G3 X145.379 Y148.646 I9.666 J.739 E.03684
G1 X145.275 Y148.519 E.00506
G1 X145.122 Y148.516 E.00469
G3 X140.658 Y149.417 I-4.024 J-8.42 E.14137
G3 X136.955 Y148.422 I.986 J-11.053 E.11841
G3 X133.372 Y146.567 I25.106 J-52.879 E.12402
G2 X130.292 Y145.269 I-7.775 J14.148 E.10289
G2 X125.014 Y145.795 I-1.983 J6.842 E.16698
G2 X123.53 Y146.703 I4.424 J8.89 E.05354
G2 X122.251 Y147.747 I7.478 J10.473 E.05077
G1 X122.053 Y147.836 E.00667
G1 X121.857 Y147.759 E.00647
G1 X121.754 Y147.566 E.00672
G3 X123.353 Y143.18 I8.321 J.549 E.1454
G3 X126.558 Y140.688 I6.795 J5.432 E.12591
G3 X130.879 Y139.503 I5.998 J13.402 E.13819
G1 X131.465 Y139.435 E.01813
G1 X131.509 Y139.395 E.00182
G2 X131.567 Y139.281 I-.026 J-.085 E.00441
G1 X131.569 Y139.183 E.00301
G3 X130.208 Y134.289 I13.347 J-6.348 E.15684
G3 X130.77 Y130.333 I8.642 J-.79 E.1239
G3 X133.239 Y127.145 I7.49 J3.251 E.12521
G1 X133.68 Y126.812 E.01697
G1 X133.868 Y126.727 E.00634
G1 X134.071 Y126.794 E.00657
G1 X134.181 Y126.973 E.00647
G2 X133.912 Y128.692 I34.494 J6.267 E.05345
G2 X134.037 Y131.762 I9.787 J1.14 E.09479
G2 X136.261 Y135.501 I7.064 J-1.669 E.13578
G2 X138.716 Y137.318 I12.436 J-14.238 E.09394
G1 X141.014 Y138.747 E.08315
G3 X143.634 Y140.767 I-8.766 J14.079 E.10183
G3 X146.18 Y145.763 I-6.146 J6.278 E.17536
G1 X146.275 Y146.518 E.02339
G1 X146.349 Y146.644 E.00449
G1 X146.446 Y146.682 E.00322
G1 X146.583 Y146.639 E.00442
G1 X147.148 Y146.153 E.0229
G1 X147.763 Y145.765 E.02234
G3 X148.805 Y145.34 I4.295 J9.043 E.03459
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X148.92 Y145.167 E-.01482
G1 X148.847 Y145.033 E-.01088
G1 X148.24 Y144.573 E-.05424
G1 X147.755 Y144.153 E-.04574
G1 X147.587 Y143.987 E-.01682
; WIPE_END
G1 E-.0075 F3600
G1 X152.127 Y151.47 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X151.846 Y151.818 E.01483
G1 X151.587 Y152.056 E.01165
G1 X151.155 Y152.331 E.01699
G1 X151.001 Y152.402 E.00564
G1 X150.468 Y152.559 E.01843
G1 X149.745 Y152.589 E.02402
G3 X148.885 Y152.351 I.631 J-3.944 E.02965
G1 X148.411 Y152.06 E.01843
G1 X147.983 Y151.628 E.0202
G1 X147.779 Y151.344 E.01158
G1 X147.531 Y150.836 E.01876
G1 X147.414 Y150.244 E.02
G1 X147.406 Y149.961 E.00938
G1 X147.464 Y149.435 E.01756
G1 X147.695 Y148.792 E.02267
G1 X148.117 Y148.205 E.02399
G1 X148.609 Y147.809 E.02096
G1 X148.815 Y147.682 E.008
G1 X149.3 Y147.491 E.01731
G1 X149.979 Y147.396 E.02275
G1 X150.51 Y147.444 E.01769
G1 X151.087 Y147.641 E.0202
G3 X151.759 Y148.086 I-1.316 J2.713 E.02683
G1 X152.198 Y148.608 E.02263
G1 X152.496 Y149.267 E.02399
G3 X152.597 Y150.153 I-3.984 J.902 E.02965
G1 X152.505 Y150.704 E.01851
G1 X152.218 Y151.358 E.02369
G1 X152.165 Y151.424 E.00282
M204 S10000
G1 X151.816 Y151.223 F30000
M204 S5000
G1 F8843.491
G1 X151.448 Y151.653 E.01876
G1 X150.885 Y152.011 E.02215
G1 X150.353 Y152.169 E.01843
G1 X149.741 Y152.182 E.02029
G1 X149.15 Y152.026 E.02029
G1 X148.624 Y151.713 E.02029
G1 X148.205 Y151.268 E.02029
G3 X147.907 Y150.67 I4.051 J-2.392 E.02217
G1 X147.806 Y150.124 E.01843
G1 X147.868 Y149.482 E.02139
G1 X148.074 Y148.942 E.01916
G1 X148.44 Y148.453 E.02028
G1 X148.853 Y148.135 E.01728
G1 X149.374 Y147.899 E.01897
G1 X150.023 Y147.8 E.02179
G1 X150.466 Y147.853 E.0148
G1 X150.99 Y148.038 E.01843
G1 X151.513 Y148.411 E.02132
G1 X151.879 Y148.861 E.01923
G1 X152.12 Y149.423 E.02028
G1 X152.197 Y150.029 E.02029
G1 X152.104 Y150.634 E.02029
G1 X151.854 Y151.177 E.01982
M204 S10000
G1 X151.531 Y150.956 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.52 Y150.98 E.00083
G1 X151.19 Y151.361 E.01547
G1 X150.769 Y151.637 E.01547
G1 X150.288 Y151.785 E.01547
G1 X149.785 Y151.796 E.01546
G1 X149.298 Y151.667 E.01548
G1 X148.866 Y151.409 E.01547
G1 X148.522 Y151.042 E.01547
G1 X148.292 Y150.594 E.01547
G1 X148.194 Y150.1 E.01547
G1 X148.237 Y149.598 E.01547
G1 X148.416 Y149.128 E.01547
G1 X148.718 Y148.725 E.01547
G1 X149.119 Y148.421 E.01547
G1 X149.588 Y148.239 E.01547
G1 X150.076 Y148.192 E.01507
G1 X150.34 Y148.224 E.00816
G1 X150.816 Y148.386 E.01547
G1 X151.229 Y148.674 E.01547
G1 X151.547 Y149.064 E.01547
G1 X151.745 Y149.527 E.01547
G1 X151.808 Y150.026 E.01547
G1 X151.731 Y150.524 E.01547
G1 X151.556 Y150.902 E.0128
M204 S10000
G1 X153.033 Y151.677 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.62694
G1 F6164.172
G2 X153.039 Y151.792 I-.033 J.06 E.01382
G1 X153.04 Y148.192 F30000
; LINE_WIDTH: 0.631762
G1 F6113.695
G2 X153.047 Y148.307 I-.033 J.06 E.01407
G1 X150.042 Y146.465 F30000
; LINE_WIDTH: 0.623438
G1 F6201.358
G2 X150.048 Y146.58 I-.033 J.059 E.01364
G1 X148.05 Y147.067 F30000
; LINE_WIDTH: 0.537029
G1 F7285.849
G1 X147.571 Y147.426 E.02411
; LINE_WIDTH: 0.514819
G1 F7628.751
G1 X147.378 Y147.539 E.0086
; LINE_WIDTH: 0.476891
G1 F8295.485
G1 X147.185 Y147.652 E.00791
; LINE_WIDTH: 0.423123
G1 F9468.647
G1 X146.992 Y147.764 E.00693
G3 X146.295 Y147.861 I-.546 J-1.381 E.02201
G1 X146.48 Y148.243 E.01317
; LINE_WIDTH: 0.434672
G1 F9189.487
G1 X146.534 Y148.534 E.00944
; LINE_WIDTH: 0.464018
G1 F8549.079
G1 X146.588 Y148.825 E.01015
; LINE_WIDTH: 0.494275
G1 F7975.988
G1 X146.584 Y148.942 E.0043
; LINE_WIDTH: 0.539804
G1 F7245.151
G1 X146.471 Y149.858 E.03739
G1 X146.487 Y150.382 E.02123
G1 X146.594 Y150.993 E.02512
; LINE_WIDTH: 0.519219
G1 F7558.291
G1 X146.577 Y151.19 E.00765
; LINE_WIDTH: 0.479531
G1 F8245.335
G1 X146.56 Y151.386 E.00701
; LINE_WIDTH: 0.422284
G1 F9489.569
G1 X146.544 Y151.583 E.00609
G3 X146.301 Y152.136 I-2.479 J-.759 E.01871
G1 X146.842 Y152.182 E.01677
G1 X147.175 Y152.336 E.01135
; LINE_WIDTH: 0.439473
G1 F9078.231
G1 X147.324 Y152.433 E.00573
; LINE_WIDTH: 0.478421
G1 F8266.341
G1 X147.473 Y152.529 E.0063
; LINE_WIDTH: 0.535477
G1 F7308.803
G3 X148.109 Y152.982 I-3.747 J5.938 E.03137
G1 X148.564 Y153.228 E.02074
; LINE_WIDTH: 0.547028
G1 F7141.327
G1 X149.29 Y153.506 E.03193
; LINE_WIDTH: 0.544356
G1 F7179.385
G1 X149.407 Y153.584 E.00575
; LINE_WIDTH: 0.498502
G1 F7901.993
G1 X149.524 Y153.662 E.00522
; LINE_WIDTH: 0.461681
G1 F8596.805
G1 X149.697 Y153.862 E.00903
; LINE_WIDTH: 0.424473
G1 F9435.122
G3 X150 Y154.272 I-1.081 J1.113 E.01592
G1 X150.172 Y154.014 E.00965
; LINE_WIDTH: 0.433937
G1 F9206.766
G1 X150.347 Y153.819 E.00834
; LINE_WIDTH: 0.461813
G1 F8594.096
G1 X150.522 Y153.624 E.00894
; LINE_WIDTH: 0.49607
G1 F7944.402
G1 X150.637 Y153.557 E.00491
; LINE_WIDTH: 0.536441
G1 F7294.527
G1 X150.752 Y153.491 E.00535
G1 X151.392 Y153.246 E.02755
G1 X152.092 Y152.85 E.03235
G1 X152.532 Y152.47 E.02338
; LINE_WIDTH: 0.52092
G1 F7531.383
G1 X152.683 Y152.396 E.00656
; LINE_WIDTH: 0.480552
G1 F8226.099
G1 X152.834 Y152.321 E.00601
; LINE_WIDTH: 0.422351
G1 F9487.902
G1 X152.986 Y152.247 E.00521
G1 X153.407 Y152.142 E.01343
G1 X153.7 Y152.136 E.00905
G1 X153.468 Y151.637 E.01701
; LINE_WIDTH: 0.442824
G1 F9002.161
G1 X153.44 Y151.475 E.00538
; LINE_WIDTH: 0.488474
G1 F8079.829
G1 X153.412 Y151.312 E.006
; LINE_WIDTH: 0.541558
G1 F7219.675
G1 X153.384 Y151.149 E.00671
G1 X153.517 Y150.31 E.03451
G2 X153.447 Y149.12 I-5.47 J-.274 E.04852
; LINE_WIDTH: 0.524829
G1 F7470.29
G1 X153.445 Y148.925 E.00768
; LINE_WIDTH: 0.482897
G1 F8182.246
G1 X153.443 Y148.73 E.00701
; LINE_WIDTH: 0.425016
G1 F9421.738
G1 X153.442 Y148.534 E.00609
G1 X153.535 Y148.168 E.01178
G1 X153.705 Y147.861 E.01091
G3 X152.938 Y147.745 I-.04 J-2.32 E.02427
; LINE_WIDTH: 0.458838
G1 F8655.555
G1 X152.842 Y147.707 E.00349
; LINE_WIDTH: 0.498072
G1 F7909.454
G1 X152.747 Y147.669 E.00382
; LINE_WIDTH: 0.538796
G1 F7259.878
G1 X152.651 Y147.631 E.00417
G2 X150.882 Y146.573 I-2.903 J2.848 E.08418
; LINE_WIDTH: 0.518451
G1 F7570.49
G1 X150.741 Y146.481 E.00653
; LINE_WIDTH: 0.47907
G1 F8254.041
G1 X150.601 Y146.388 E.00599
; LINE_WIDTH: 0.422084
G1 F9494.579
G1 X150.46 Y146.295 E.0052
G1 X150.151 Y145.977 E.01371
G1 X150 Y145.723 E.00914
G3 X149.587 Y146.264 I-1.927 J-1.042 E.02111
; LINE_WIDTH: 0.442659
G1 F9005.88
G1 X149.489 Y146.342 E.00409
; LINE_WIDTH: 0.487979
G1 F8088.824
G1 X149.39 Y146.421 E.00456
; LINE_WIDTH: 0.539424
G1 F7250.696
G1 X149.292 Y146.499 E.00509
G1 X148.466 Y146.818 E.03583
G1 X148.102 Y147.036 E.01717
G1 X147.026 Y148.202 F30000
; LINE_WIDTH: 0.618544
G1 F6254.083
G2 X147.032 Y148.316 I-.032 J.059 E.01339
G1 X147.039 Y151.668 F30000
; LINE_WIDTH: 0.618746
G1 F6251.889
G2 X147.045 Y151.783 I-.032 J.059 E.0134
G1 X147.668 Y151.834 F30000
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X147.433 Y151.526 E.0119
; LINE_WIDTH: 0.444055
G1 F8974.539
G1 X147.278 Y151.256 E.01017
; LINE_WIDTH: 0.492167
G1 F8013.422
G1 X147.123 Y150.986 E.01139
; LINE_WIDTH: 0.538467
G1 F7264.707
G1 X146.979 Y150.329 E.02719
G3 X147.034 Y149.391 I3.06 J-.291 E.03807
G1 X147.081 Y149.108 E.01158
; LINE_WIDTH: 0.524845
G1 F7470.045
G1 X147.18 Y148.924 E.00822
; LINE_WIDTH: 0.482907
G1 F8182.069
G1 X147.279 Y148.739 E.00751
; LINE_WIDTH: 0.440969
G1 F9044.132
G1 X147.378 Y148.555 E.00679
; LINE_WIDTH: 0.437229
G1 F9129.903
G1 X147.524 Y148.328 E.00869
; LINE_WIDTH: 0.471688
G1 F8396.148
G1 X147.671 Y148.1 E.00944
; LINE_WIDTH: 0.506148
G1 F7771.562
G1 X147.817 Y147.873 E.0102
; LINE_WIDTH: 0.535325
G1 F7311.053
G3 X148.643 Y147.27 I4.585 J5.411 E.04109
G1 X149.353 Y147.011 E.03029
; LINE_WIDTH: 0.526897
G1 F7438.377
G1 X149.547 Y147.009 E.00768
; LINE_WIDTH: 0.484138
G1 F8159.241
G1 X149.742 Y147.008 E.00701
; LINE_WIDTH: 0.459801
G1 F8635.56
G3 X150.568 Y147.011 I.314 J23.242 E.02805
; LINE_WIDTH: 0.5339
G1 F7332.283
G1 X151.24 Y147.218 E.02814
G3 X152.287 Y147.992 I-1.618 J3.286 E.05239
; LINE_WIDTH: 0.534584
G1 F7322.086
G1 X152.387 Y148.162 E.00787
; LINE_WIDTH: 0.48875
G1 F8074.835
G1 X152.487 Y148.331 E.00714
; LINE_WIDTH: 0.442916
G1 F9000.093
G1 X152.587 Y148.5 E.00641
; LINE_WIDTH: 0.440965
G1 F9044.204
G1 X152.712 Y148.747 E.00898
; LINE_WIDTH: 0.482897
G1 F8182.246
G1 X152.838 Y148.994 E.00993
; LINE_WIDTH: 0.54042
G1 F7236.185
G1 X152.963 Y149.241 E.01123
G1 X153.041 Y150.135 E.03636
G1 X152.896 Y150.983 E.0349
; LINE_WIDTH: 0.531004
G1 F7375.78
G1 X152.806 Y151.125 E.00669
; LINE_WIDTH: 0.486602
G1 F8113.919
G1 X152.715 Y151.266 E.00608
; LINE_WIDTH: 0.427997
G1 F9348.779
G2 X152.486 Y151.673 I2.103 J1.452 E.01466
; LINE_WIDTH: 0.440184
G1 F9062.003
G1 X152.384 Y151.822 E.00583
; LINE_WIDTH: 0.480552
G1 F8226.099
G1 X152.283 Y151.97 E.00642
; LINE_WIDTH: 0.538198
G1 F7268.645
G1 X152.181 Y152.119 E.00727
G3 X150.961 Y152.882 I-2.313 J-2.341 E.05854
G1 X150.543 Y153.01 E.01766
; LINE_WIDTH: 0.527892
G1 F7423.116
G1 X150.367 Y152.998 E.00698
; LINE_WIDTH: 0.484735
G1 F8148.215
G1 X150.191 Y152.986 E.00636
; LINE_WIDTH: 0.454516
G1 F8746.455
G2 X149.605 Y153.01 I-.216 J1.858 E.01975
; LINE_WIDTH: 0.516919
G1 F7594.953
G1 X149.539 Y153.013 E.00256
; LINE_WIDTH: 0.538344
G1 F7266.511
G1 X149.472 Y153.015 E.00268
G1 X148.755 Y152.782 E.03045
G1 X148.021 Y152.32 E.03501
; LINE_WIDTH: 0.512969
G1 F7658.789
G1 X147.915 Y152.174 E.0069
; LINE_WIDTH: 0.475781
G1 F8316.768
G1 X147.809 Y152.028 E.00636
; LINE_WIDTH: 0.438593
G1 F9098.426
G1 X147.704 Y151.882 E.00581
G1 X150.01 Y153.467 F30000
; LINE_WIDTH: 0.631873
G1 F6112.547
G1 X149.967 Y153.451 E.00222
; LINE_WIDTH: 0.58999
G1 F6580.517
G1 X149.924 Y153.435 E.00206
; LINE_WIDTH: 0.548107
G1 F7126.081
G1 X149.88 Y153.419 E.00191
; LINE_WIDTH: 0.506224
G1 F7770.284
G1 X149.837 Y153.403 E.00175
G1 X150.009 Y155.147 F30000
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X149.945 Y155.184 E.00204
G1 X149.994 Y155.212 E.00155
G1 X150.262 Y155.402 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.405233
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X147.015 Y158.649 E.24127
G2 X146.508 Y159.799 I6.835 J3.698 E.06615
G1 X150.44 Y155.868 E.29214
G1 X150.792 Y156.159 E.02403
G1 X146.253 Y160.699 E.33734
G2 X146.111 Y161.484 I5.009 J1.308 E.04197
G1 X151.145 Y156.451 E.37406
G3 X151.494 Y156.745 I-1.482 J2.113 E.02404
G1 X146.007 Y162.232 E.40779
G1 X145.953 Y162.93 E.03677
G1 X151.818 Y157.065 E.43587
G3 X152.123 Y157.404 I-2.193 J2.278 E.02398
G1 X145.909 Y163.618 E.46181
G1 X145.884 Y164.287 E.03515
G1 X152.41 Y157.761 E.48495
G3 X152.677 Y158.138 I-2.327 J1.933 E.02429
G1 X145.859 Y164.955 E.50663
G1 X145.835 Y165.623 E.03515
G1 X152.923 Y158.535 E.52677
G3 X153.146 Y158.956 I-2.78 J1.738 E.02506
G1 X145.81 Y166.292 E.54514
G3 X145.781 Y166.965 I-8.032 J-.009 E.0354
G1 X153.346 Y159.4 E.56214
G1 X153.518 Y159.872 E.02637
G1 X145.725 Y167.665 E.57914
G3 X145.635 Y168.399 I-7.845 J-.592 E.03888
G1 X153.667 Y160.367 E.59692
G3 X153.79 Y160.887 I-4.307 J1.297 E.02812
G1 X145.496 Y169.182 E.61643
G3 X145.274 Y170.047 I-6.604 J-1.228 E.04696
G1 X153.888 Y161.433 E.6401
G3 X153.967 Y161.997 I-6.224 J1.167 E.02995
G1 X144.491 Y171.474 E.70425
G1 X141.039 Y175.57 F30000
G1 F3000
G1 X154.023 Y162.585 E.96494
M73 P56 R5
G1 X154.066 Y163.186 E.03168
G1 X141.88 Y175.373 E.90562
G2 X142.597 Y175.299 I-.478 J-8.199 E.0379
G1 X154.099 Y163.797 E.8548
G1 X154.122 Y164.418 E.03266
G1 X143.431 Y175.109 E.79451
G2 X144.49 Y174.694 I-2.249 J-7.292 E.05984
G1 X154.145 Y165.039 E.71748
G1 X154.167 Y165.66 E.03266
G1 X149.657 Y170.17 E.33515
G3 X150.302 Y170.159 I.37 J2.821 E.03393
G1 X154.19 Y166.281 E.28857
G2 X154.214 Y166.902 I7.203 J.037 E.03263
G1 X150.741 Y170.374 E.25806
G3 X151.086 Y170.673 I-.6 J1.042 E.02413
G1 X154.261 Y167.498 E.23593
G2 X154.324 Y168.079 I7.649 J-.532 E.03072
G1 X151.362 Y171.041 E.22009
G1 X151.638 Y171.409 E.02416
G1 X154.407 Y168.64 E.20575
G2 X154.504 Y169.186 I4.732 J-.559 E.02919
G1 X151.931 Y171.76 E.19122
G1 X152.228 Y172.106 E.02399
G1 X154.625 Y169.709 E.17811
G2 X154.773 Y170.205 I3.696 J-.829 E.02723
G1 X152.535 Y172.443 E.16628
G1 X152.858 Y172.764 E.02392
G1 X154.938 Y170.684 E.1546
G1 X155.122 Y171.143 E.02603
G1 X153.184 Y173.082 E.14404
G1 X153.525 Y173.385 E.02396
G1 X155.333 Y171.577 E.13437
G2 X155.562 Y171.991 I2.389 J-1.053 E.02492
G1 X153.888 Y173.665 E.12442
G1 X154.252 Y173.945 E.02413
G1 X155.809 Y172.388 E.11568
G2 X156.082 Y172.759 I2.089 J-1.254 E.02423
G1 X154.637 Y174.204 E.10739
G2 X155.038 Y174.446 I2.288 J-3.336 E.02465
G1 X156.368 Y173.117 E.09881
G1 X156.676 Y173.452 E.02394
G1 X155.459 Y174.669 E.09042
G2 X155.903 Y174.869 I1.728 J-3.238 E.0256
G1 X157.001 Y173.771 E.08163
G1 X157.339 Y174.077 E.02395
G1 X156.371 Y175.045 E.07197
G2 X156.869 Y175.191 I1.276 J-3.442 E.0273
G1 X157.702 Y174.358 E.06192
G1 X158.068 Y174.635 E.02415
G1 X157.229 Y175.474 E.06234
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X158.068 Y174.635 E-.08453
G1 X157.702 Y174.358 E-.03274
G1 X157.452 Y174.608 E-.02523
; WIPE_END
G1 E-.0075 F3600
G1 X167.032 Y168.81 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.406618
G1 F3000
G1 X167.916 Y169.723 E.06723
G1 X168.123 Y169.281 E.02585
G1 X167.163 Y168.289 E.073
G2 X166.938 Y167.399 I-5.469 J.913 E.04862
G1 X168.302 Y168.809 E.10381
G2 X168.448 Y168.303 I-13.511 J-4.157 E.02787
G1 X166.531 Y166.323 E.1458
G1 X166.511 Y166.274 E.00279
G2 X165.001 Y164.118 I-7.275 J3.486 E.13991
G1 X164.946 Y164.032 E.00539
G2 X163.113 Y162.501 I-10.287 J10.452 E.1265
G1 X162.527 Y161.895 E.04457
G1 X162.401 Y162.017 E.00927
G1 X162.307 Y161.958 E.00589
G1 X155.053 Y154.462 E.55192
G3 X154.925 Y153.673 I6.958 J-1.533 E.0423
G1 X168.556 Y167.758 E1.03703
G2 X168.626 Y167.174 I-4.302 J-.812 E.03115
G1 X154.716 Y152.801 E1.05822
G1 X154.678 Y152.701 E.00568
G1 X155.005 Y152.647 E.01752
G2 X155.162 Y152.606 I-.027 J-.421 E.00865
G1 X168.652 Y166.544 E1.02627
G2 X168.622 Y165.857 I-4.773 J-.137 E.03644
G1 X155.629 Y152.431 E.98848
G1 X156.096 Y152.257 E.02636
G1 X168.545 Y165.12 E.9471
G2 X168.389 Y164.303 I-5.377 J.599 E.04406
G1 X156.565 Y152.085 E.89961
G1 X157.067 Y151.947 E.02754
G1 X168.162 Y163.412 E.84413
G2 X167.838 Y162.421 I-9.85 J2.67 E.0552
G1 X157.597 Y151.839 E.77912
G3 X158.161 Y151.765 I.774 J3.722 E.03012
G1 X167.356 Y161.266 E.69954
G3 X167.263 Y160.593 I1.42 J-.54 E.03624
G1 X167.274 Y160.524 E.0037
G1 X158.773 Y151.741 E.6467
G3 X159.431 Y151.764 I.124 J5.781 E.03486
G1 X167.451 Y160.051 E.61016
G3 X167.747 Y159.7 I1.017 J.556 E.02445
G1 X160.163 Y151.864 E.57695
M73 P57 R5
G3 X160.986 Y152.057 I-1.647 J8.848 E.04473
G1 X168.166 Y159.463 E.54574
G3 X168.694 Y159.366 I.591 J1.716 E.02855
G1 X161.938 Y152.385 E.51399
G1 X163.041 Y152.868 E.06371
G1 X169.263 Y159.297 E.47336
G2 X169.818 Y159.213 I-.551 J-5.538 E.02968
G1 X164.314 Y153.526 E.41874
G1 X165.606 Y154.205 E.07726
G1 X170.347 Y159.104 E.36068
G1 X170.868 Y158.985 E.02824
G1 X166.884 Y154.868 E.30311
G2 X168.013 Y155.378 I7.253 J-14.548 E.06558
G1 X171.371 Y158.849 E.25551
G2 X171.856 Y158.693 I-1.392 J-5.18 E.02696
G1 X168.988 Y155.729 E.21823
G2 X169.849 Y155.963 I2.243 J-6.567 E.04726
G1 X172.319 Y158.515 E.18791
G1 X172.773 Y158.327 E.02598
G1 X170.62 Y156.102 E.16381
G2 X171.317 Y156.166 I.707 J-3.869 E.0371
G1 X173.21 Y158.122 E.14402
G2 X173.627 Y157.896 I-1.404 J-3.082 E.0251
G1 X171.96 Y156.174 E.1268
G2 X172.559 Y156.137 I.102 J-3.183 E.03181
G1 X174.025 Y157.651 E.11152
G1 X174.399 Y157.381 E.02441
G1 X173.122 Y156.061 E.09713
G1 X173.645 Y155.945 E.02835
G1 X174.764 Y157.102 E.08516
G2 X175.104 Y156.796 I-1.938 J-2.491 E.02419
G1 X174.143 Y155.804 E.07305
G2 X174.624 Y155.644 I-.685 J-2.86 E.02684
G1 X175.42 Y156.466 E.06052
G1 X175.716 Y156.115 E.02428
G1 X174.925 Y155.298 E.06015
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X175.716 Y156.115 E-.081
G1 X175.42 Y156.466 E-.0327
G1 X175.138 Y156.175 E-.02881
; WIPE_END
G1 E-.0075 F3600
G1 X176.358 Y145.037 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.404891
G1 F3000
G1 X173.186 Y141.865 E.23532
G2 X172.056 Y141.379 I-7.862 J16.712 E.06451
G1 X175.352 Y144.675 E.24454
G2 X174.266 Y144.233 I-3.022 J5.858 E.06162
G1 X171.108 Y141.074 E.23431
G1 X170.266 Y140.876 E.04539
G1 X173.378 Y143.988 E.23092
G1 X172.612 Y143.865 E.04074
G1 X169.481 Y140.734 E.2323
G1 X168.744 Y140.64 E.03895
G1 X171.922 Y143.818 E.23574
G1 X171.292 Y143.832 E.03302
G1 X164.149 Y136.689 E.52993
G1 X163.798 Y136.981 E.02396
G1 X170.705 Y143.888 E.51241
G2 X170.149 Y143.975 I.259 J3.45 E.02955
G1 X163.435 Y137.261 E.49813
G3 X163.064 Y137.533 I-3.753 J-4.731 E.02415
G1 X169.621 Y144.09 E.48646
G1 X169.115 Y144.228 E.02747
G1 X162.683 Y137.795 E.47725
G3 X162.294 Y138.05 I-3.143 J-4.381 E.02439
G1 X168.634 Y144.39 E.47039
G2 X168.166 Y144.565 I1.186 J3.884 E.02624
G1 X161.898 Y138.298 E.46499
G1 X161.503 Y138.546 E.02448
G1 X167.712 Y144.754 E.46062
G2 X167.265 Y144.951 I1.8 J4.697 E.02561
G1 X161.107 Y138.793 E.45682
G1 X160.712 Y139.041 E.02448
G1 X166.829 Y145.158 E.45378
G2 X166.404 Y145.377 I2.298 J4.964 E.02505
G1 X160.317 Y139.289 E.45165
G1 X159.921 Y139.537 E.02448
G1 X165.984 Y145.6 E.44977
G1 X165.563 Y145.822 E.02497
G1 X159.53 Y139.789 E.44761
G1 X159.146 Y140.048 E.02431
G1 X165.142 Y146.045 E.44488
G1 X164.722 Y146.267 E.02497
G1 X158.762 Y140.308 E.44215
G2 X158.389 Y140.578 I2.596 J3.966 E.02417
G1 X164.301 Y146.49 E.43858
G1 X163.88 Y146.713 E.02497
G1 X158.027 Y140.86 E.43423
G1 X157.674 Y141.15 E.02398
G1 X163.453 Y146.929 E.42875
G1 X163.018 Y147.137 E.0253
G1 X157.337 Y141.456 E.42145
G2 X157.015 Y141.777 I2.531 J2.87 E.02388
G1 X162.583 Y147.345 E.41311
G3 X162.127 Y147.532 I-1.527 J-3.075 E.02589
G1 X156.709 Y142.115 E.40194
G2 X156.42 Y142.469 I2.306 J2.174 E.02401
G1 X161.665 Y147.714 E.38911
G3 X161.188 Y147.881 I-1.316 J-3 E.02652
G1 X156.151 Y142.843 E.37373
G2 X155.905 Y143.241 I2.611 J1.884 E.02455
G1 X160.687 Y148.023 E.35474
G3 X160.158 Y148.137 I-1.142 J-3.999 E.0284
G1 X155.683 Y143.662 E.33197
G2 X155.485 Y144.107 I2.806 J1.521 E.02557
G1 X159.597 Y148.219 E.30508
G3 X158.994 Y148.26 I-.582 J-4.114 E.0317
G1 X155.311 Y144.576 E.27329
M73 P58 R5
G2 X155.163 Y145.072 I3.351 J1.272 E.02714
G1 X158.338 Y148.247 E.2356
G3 X157.612 Y148.164 I.814 J-10.326 E.03837
G1 X155.045 Y145.597 E.19042
G1 X154.953 Y146.148 E.0293
G1 X156.778 Y147.974 E.13542
G3 X155.8 Y147.639 I3.241 J-11.075 E.05421
G1 X154.684 Y146.523 E.08281
G1 X154.699 Y147.267 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.433136
; LAYER_HEIGHT: 0.2
G1 F9225.66
G1 X154.626 Y147.309 E.00269
G1 X154.689 Y147.346 E.00233
G1 X150.034 Y144.737 F30000
; LINE_WIDTH: 0.38292
G1 F10588.235
G1 X149.971 Y144.773 E.00204
G1 X150.019 Y144.802 E.00155
G1 X149.761 Y144.56 F30000
; FEATURE: Bridge
; LINE_WIDTH: 0.405233
; LAYER_HEIGHT: 0.4
G1 F3000
G1 X153.002 Y141.319 E.24086
G2 X153.5 Y140.177 I-6.922 J-3.698 E.06553
G1 X149.552 Y144.125 E.29338
G1 X149.2 Y143.834 E.02403
G1 X153.752 Y139.282 E.33828
G2 X153.891 Y138.498 I-4.998 J-1.295 E.04186
G1 X148.847 Y143.543 E.37486
G3 X148.498 Y143.248 I1.484 J-2.107 E.02404
G1 X153.994 Y137.751 E.40844
G1 X154.048 Y137.054 E.03677
G1 X148.174 Y142.928 E.43652
G3 X147.87 Y142.588 I2.197 J-2.274 E.02398
G1 X154.092 Y136.366 E.46237
G1 X154.116 Y135.698 E.03515
G1 X147.584 Y142.231 E.48547
G3 X147.317 Y141.853 I2.331 J-1.93 E.0243
G1 X154.141 Y135.03 E.50711
G1 X154.166 Y134.361 E.03515
G1 X147.072 Y141.455 E.5272
G3 X146.85 Y141.033 I2.784 J-1.734 E.02507
G1 X154.19 Y133.693 E.54552
G3 X154.22 Y133.019 I8.04 J.017 E.03544
G1 X146.65 Y140.589 E.56253
G1 X146.478 Y140.117 E.02637
G1 X154.277 Y132.318 E.57958
G3 X154.368 Y131.583 I7.856 J.602 E.03894
G1 X146.33 Y139.622 E.59739
G3 X146.207 Y139.101 I4.313 J-1.292 E.02814
G1 X154.509 Y130.799 E.61697
G3 X154.73 Y129.934 I6.325 J1.156 E.04694
G1 X146.11 Y138.554 E.64058
G3 X146.031 Y137.989 I6.23 J-1.161 E.02997
G1 X155.088 Y128.932 E.67309
G1 X155.113 Y128.868 E.00361
G3 X155.779 Y127.66 I6.838 J2.979 E.07255
G1 X155.747 Y127.629 E.00232
G1 X145.976 Y137.401 E.7262
G1 X145.933 Y136.8 E.03168
G1 X158.091 Y124.641 E.90354
G2 X157.389 Y124.7 I-.094 J3.129 E.0371
G1 X145.901 Y136.188 E.85374
G1 X145.881 Y135.564 E.03278
G1 X156.548 Y124.898 E.79269
G2 X155.483 Y125.318 I1.393 J5.08 E.06028
G1 X145.861 Y134.941 E.71507
G1 X145.84 Y134.317 E.03278
G1 X154.502 Y125.655 E.64371
G1 X145.624 Y133.89 F30000
G1 F3000
G1 X149.679 Y129.834 E.30139
G3 X149.25 Y129.62 I.283 J-1.106 E.02542
G1 X145.776 Y133.094 E.25818
G1 X145.735 Y132.491 E.03178
G1 X148.907 Y129.319 E.23573
G1 X148.631 Y128.951 E.02416
G1 X145.674 Y131.908 E.21976
G2 X145.592 Y131.347 I-5.519 J.526 E.02982
G1 X148.356 Y128.583 E.2054
G2 X148.062 Y128.232 I-2.76 J2.011 E.02403
G1 X145.493 Y130.801 E.19092
G1 X145.372 Y130.279 E.02819
G1 X147.765 Y127.886 E.17781
G2 X147.457 Y127.55 I-2.322 J1.812 E.02397
G1 X145.225 Y129.782 E.16587
G2 X145.057 Y129.307 I-3.016 J.803 E.02653
G1 X147.135 Y127.229 E.15442
G2 X146.808 Y126.911 I-2.993 J2.75 E.02394
G1 X144.875 Y128.844 E.14364
G2 X144.661 Y128.415 I-2.43 J.946 E.02525
G1 X146.468 Y126.608 E.13426
G2 X146.112 Y126.32 I-3.213 J3.607 E.02406
G1 X144.432 Y128 E.1248
G1 X144.185 Y127.603 E.02456
G1 X145.741 Y126.047 E.11558
G2 X145.354 Y125.79 I-2.519 J3.37 E.02441
G1 X143.912 Y127.232 E.10717
G2 X143.624 Y126.876 I-2.105 J1.407 E.02409
G1 X144.952 Y125.548 E.09869
G2 X144.531 Y125.326 I-2.045 J3.363 E.02505
G1 X143.317 Y126.54 E.0902
G2 X142.99 Y126.223 I-1.91 J1.64 E.02396
G1 X144.087 Y125.126 E.08146
G2 X143.618 Y124.951 I-1.51 J3.314 E.0263
G1 X142.653 Y125.916 E.07172
G1 X142.288 Y125.637 E.02413
G1 X143.119 Y124.806 E.06173
G2 X142.584 Y124.698 I-.972 J3.427 E.02874
G1 X141.779 Y125.503 E.0598
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X142.584 Y124.698 E-.08108
G1 X143.119 Y124.806 E-.03893
G1 X142.896 Y125.03 E-.0225
; WIPE_END
G1 E-.0075 F3600
G1 X131.871 Y130.254 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.406618
G1 F3000
G1 X132.752 Y131.135 E.06591
G2 X132.879 Y131.908 I4.39 J-.325 E.04149
G1 X131.825 Y130.854 E.07889
G2 X131.656 Y131.33 I3.139 J1.382 E.02678
G1 X133.112 Y132.786 E.10893
G2 X133.588 Y133.908 I10.416 J-3.76 E.06453
G1 X131.521 Y131.841 E.15469
G2 X131.423 Y132.389 I3.894 J.976 E.02948
G1 X145.032 Y145.998 E1.01828
M73 P59 R5
G3 X145.137 Y146.749 I-8.374 J1.556 E.04014
G1 X131.362 Y132.974 E1.0307
G2 X131.346 Y133.603 I13.246 J.659 E.03332
G1 X145.081 Y147.339 E1.02772
G1 X144.914 Y147.366 E.00899
G1 X144.585 Y147.489 E.01853
G1 X131.383 Y134.286 E.98787
G2 X131.473 Y135.022 I8.233 J-.635 E.03924
G1 X144.115 Y147.664 E.94594
G1 X143.645 Y147.839 E.02656
G1 X131.64 Y135.834 E.89828
G2 X131.877 Y136.717 I5.522 J-1.009 E.04841
G1 X143.152 Y147.993 E.8437
G3 X142.63 Y148.116 I-1.114 J-3.552 E.02842
G1 X132.205 Y137.691 E.78006
G1 X132.668 Y138.799 E.06357
G1 X142.074 Y148.206 E.70386
G3 X141.478 Y148.256 I-.62 J-3.873 E.0317
G1 X132.722 Y139.5 E.65515
G1 X132.701 Y139.631 E.00704
G1 X132.541 Y139.964 E.01957
G1 X140.832 Y148.255 E.62034
G3 X140.116 Y148.185 I.664 J-10.436 E.03808
G1 X132.241 Y140.31 E.58919
G1 X131.824 Y140.539 E.02516
G1 X139.306 Y148.021 E.55979
G3 X138.371 Y147.731 I2.465 J-9.619 E.05182
G1 X131.277 Y140.638 E.53076
G1 X130.701 Y140.707 E.0307
G1 X137.277 Y147.283 E.49202
G3 X135.997 Y146.649 I8.642 J-19.055 E.07557
G1 X130.142 Y140.794 E.43813
G2 X129.608 Y140.906 I.779 J5.014 E.02885
G1 X134.624 Y145.922 E.37528
G1 X133.253 Y145.197 E.08204
G1 X129.083 Y141.026 E.31205
G2 X128.577 Y141.166 I1.09 J4.928 E.02778
G1 X132.066 Y144.655 E.26108
G2 X131.046 Y144.281 I-7.266 J18.22 E.05751
G1 X128.09 Y141.325 E.22118
G2 X127.627 Y141.508 I1.098 J3.465 E.02636
G1 X130.16 Y144.041 E.18955
G2 X129.371 Y143.898 I-1.277 J4.793 E.04247
G1 X127.17 Y141.697 E.16469
G2 X126.734 Y141.906 I1.171 J2.996 E.02563
G1 X128.659 Y143.831 E.14403
G2 X128.009 Y143.827 I-.347 J3.466 E.03443
G1 X126.318 Y142.137 E.12648
G2 X125.923 Y142.387 I1.205 J2.345 E.0248
G1 X127.404 Y143.868 E.11084
G2 X126.838 Y143.947 I.148 J3.119 E.0303
G1 X125.548 Y142.658 E.09649
G2 X125.186 Y142.942 I1.312 J2.048 E.02437
G1 X126.309 Y144.065 E.08404
G2 X125.81 Y144.211 I.544 J2.784 E.02757
G1 X124.85 Y143.251 E.07182
G2 X124.538 Y143.585 I2.046 J2.229 E.02419
G1 X125.329 Y144.376 E.05919
G1 X124.874 Y144.566 E.02611
G1 X124.098 Y143.791 E.05801
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X124.874 Y144.566 E-.07812
G1 X125.329 Y144.376 E-.03516
G1 X125.039 Y144.086 E-.02922
; WIPE_END
G1 E-.0075 F3600
G1 X125.075 Y155.298 F30000
G1 E.5 F2400
G1 F3000
G1 X124.287 Y156.113 E.05996
G2 X124.58 Y156.468 I2.546 J-1.802 E.02434
G1 X125.379 Y155.64 E.06086
G1 X125.852 Y155.808 E.02656
G1 X124.896 Y156.798 E.07284
G2 X125.235 Y157.104 I2.371 J-2.285 E.02419
G1 X126.356 Y155.944 E.08536
G2 X126.881 Y156.057 I.878 J-2.803 E.02848
G1 X125.594 Y157.389 E.09801
G2 X125.974 Y157.654 I2.132 J-2.655 E.02449
G1 X127.437 Y156.139 E.11141
G1 X128.03 Y156.182 E.03147
G1 X126.373 Y157.898 E.12621
G2 X126.791 Y158.122 I2.093 J-3.395 E.02512
G1 X128.675 Y156.171 E.14352
G2 X129.374 Y156.105 I-.017 J-3.879 E.0372
G1 X127.225 Y158.33 E.16371
G2 X127.676 Y158.52 I2.338 J-4.926 E.02592
G1 X130.143 Y155.966 E.18788
G2 X130.999 Y155.737 I-3.888 J-16.245 E.04689
G1 X128.149 Y158.687 E.21702
G1 X128.633 Y158.844 E.02689
G1 X131.987 Y155.371 E.25542
G2 X133.1 Y154.876 I-4.482 J-11.565 E.06452
G1 X129.134 Y158.983 E.30209
G1 X129.651 Y159.105 E.0281
G1 X134.378 Y154.209 E.36007
G1 X135.677 Y153.522 E.07773
G1 X130.182 Y159.212 E.41851
G2 X130.737 Y159.294 I1.021 J-5.004 E.02973
G1 X136.938 Y152.873 E.47225
G3 X138.02 Y152.41 I6.775 J14.324 E.06232
G1 X131.303 Y159.366 E.51162
M73 P60 R5
G3 X131.84 Y159.467 I-.069 J1.842 E.02902
G1 X138.988 Y152.066 E.54439
G3 X139.813 Y151.868 I2.482 J8.549 E.04493
G1 X132.25 Y159.699 E.57601
G1 X132.371 Y159.796 E.00819
G1 X132.545 Y160.052 E.01634
G1 X140.546 Y151.766 E.60938
G3 X141.205 Y151.741 I.473 J3.755 E.03494
G1 X132.727 Y160.521 E.64576
G1 X132.722 Y161 E.02536
G3 X132.647 Y161.261 I-.904 J-.118 E.01439
G1 X141.819 Y151.763 E.6986
G3 X142.384 Y151.835 I-.201 J3.801 E.03015
G1 X132.17 Y162.412 E.77795
G1 X131.831 Y163.421 E.05631
G1 X142.915 Y151.942 E.84426
G1 X143.417 Y152.08 E.02752
G1 X131.598 Y164.319 E.90016
G2 X131.46 Y165.119 I5.463 J1.356 E.04302
G1 X143.892 Y152.245 E.9469
G3 X144.352 Y152.426 I-1.384 J4.184 E.02616
G1 X131.371 Y165.869 E.98871
G2 X131.348 Y166.55 I5.852 J.536 E.03606
G1 X144.815 Y152.604 E1.02572
G2 X144.984 Y152.645 I.249 J-.651 E.00923
G1 X145.322 Y152.701 E.0181
G1 X145.3 Y152.76 E.00333
G1 X131.187 Y167.374 E1.07489
G1 X131.932 Y169.889 F30000
G1 F3000
G1 X132.73 Y169.063 E.0608
G3 X132.841 Y168.291 I4.439 J.243 E.04133
G1 X131.881 Y169.284 E.07306
G3 X131.702 Y168.813 I2.986 J-1.407 E.02672
G1 X133.059 Y167.407 E.10339
G3 X133.464 Y166.331 I6.049 J1.659 E.0609
G1 X131.553 Y168.309 E.14552
G3 X131.443 Y167.766 I11.933 J-2.701 E.02933
G1 X145.083 Y153.642 E1.03886
G1 X144.949 Y154.438 E.0427
G1 X137.677 Y161.967 E.55383
G1 X139.306 Y160.939 E.1019
G1 X144.721 Y155.331 E.41243
G3 X144.239 Y156.488 I-7.159 J-2.304 E.06634
G1 X140.341 Y160.524 E.29692
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X141.73 Y159.086 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.985 Y155.049 F30000
G1 E.5 F2400
G1 F3000
G1 X160.689 Y160.943 E.43398
G3 X159.023 Y159.878 I19.927 J-33.009 E.10464
G1 X155.342 Y156.074 E.28006
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X156.732 Y157.511 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.449 Y143.477 F30000
G1 E.5 F2400
G1 F3000
G1 X141.384 Y140.413 E.22931
G2 X139.503 Y139.178 I-16.315 J22.795 E.11908
G1 X144.577 Y144.251 E.3796
G3 X144.868 Y145.188 I-9.627 J3.505 E.05193
G1 X137.032 Y137.353 E.58626
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X138.447 Y138.767 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X164.348 Y136.244 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.404891
G1 F3000
G1 X167.274 Y139.17 E.21709
G3 X167.393 Y138.646 I1.222 J.001 E.02844
G1 X164.822 Y136.075 E.19074
G1 X165.132 Y135.742 E.02388
G1 X167.586 Y138.195 E.18199
G2 X167.776 Y137.742 I-3.28 J-1.647 E.02579
G1 X165.431 Y135.397 E.17398
G1 X165.714 Y135.037 E.02403
G1 X167.943 Y137.266 E.16533
G1 X168.11 Y136.789 E.02648
G1 X165.978 Y134.657 E.15818
G2 X166.224 Y134.261 I-2.053 J-1.553 E.02453
G1 X168.248 Y136.284 E.15011
G2 X168.382 Y135.775 I-4.457 J-1.452 E.02762
G1 X166.449 Y133.842 E.14345
G2 X166.649 Y133.399 I-2.231 J-1.278 E.02553
G1 X168.492 Y135.242 E.13672
G2 X168.567 Y134.674 I-3.9 J-.804 E.03009
G1 X166.832 Y132.938 E.12875
G1 X166.986 Y132.449 E.02691
G1 X168.631 Y134.094 E.12206
G2 X168.652 Y133.472 I-5.35 J-.49 E.03269
G1 X167.111 Y131.931 E.1143
G2 X167.213 Y131.39 I-3.022 J-.849 E.02894
G1 X168.626 Y132.802 E.10478
G2 X168.524 Y132.058 I-9.152 J.865 E.03943
G1 X167.285 Y130.818 E.09194
G2 X167.314 Y130.203 I-3.561 J-.473 E.03233
G1 X168.602 Y131.491 E.09556
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 2
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F3000
G1 X167.314 Y130.203 E-.12978
G1 X167.305 Y130.382 E-.01272
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X153.819 Y148.603 Z2 F30000
M73 P61 R5
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.509171
G1 F7721.171
G1 X153.84 Y148.378 E.0086
; LINE_WIDTH: 0.551177
G1 F7083.031
G1 X153.861 Y148.152 E.00938
G1 X153.77 Y147.818 E.01436
G1 X153.531 Y147.58 E.01399
G1 X153.38 Y147.511 E.00687
; LINE_WIDTH: 0.518164
G1 F7575.064
G1 X153.229 Y147.442 E.00643
G1 X153.387 Y147.486 E.00636
; LINE_WIDTH: 0.551177
G1 F7083.031
G1 X153.545 Y147.531 E.0068
G1 X153.807 Y147.487 E.01099
; LINE_WIDTH: 0.552226
G1 F7068.442
G1 X154.193 Y147.3 E.01781
G1 X154.272 Y147.171 E.00628
; LINE_WIDTH: 0.518151
G1 F7575.274
G1 X154.352 Y147.043 E.00586
; LINE_WIDTH: 0.484075
G1 F8160.404
G1 X154.431 Y146.914 E.00544
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X154.509 Y146.577 E.01147
G2 X154.613 Y145.889 I-6.665 J-1.361 E.02308
G3 X157.362 Y140.931 I7.978 J1.181 E.19217
G3 X159.457 Y139.395 I14.137 J17.081 E.08622
G2 X162.877 Y137.217 I-35.142 J-58.957 E.13452
G2 X164.585 Y135.795 I-8.658 J-12.135 E.0738
G2 X166.437 Y132.961 I-5.899 J-5.878 E.11307
G1 X166.712 Y132.04 E.03188
G2 X166.845 Y128.285 I-10.472 J-2.252 E.12529
G1 X167.097 Y128.534 E.01175
G1 X167.787 Y129.369 E.03594
G3 X168.807 Y131.601 I-5.869 J4.029 E.0818
G3 X168.941 Y134.746 I-8.884 J1.956 E.10492
G3 X167.714 Y138.827 I-14.254 J-2.061 E.14189
G1 X167.625 Y139.218 E.01332
G1 X167.647 Y139.493 E.00913
G1 X167.87 Y139.921 E.01599
G1 X168.245 Y140.167 E.01489
G1 X168.465 Y140.237 E.00766
G3 X172.938 Y141.338 I-1.108 J14.135 E.15348
G3 X175.393 Y142.971 I-3.378 J7.744 E.09833
G1 X175.993 Y143.646 E.02994
G3 X176.891 Y145.232 I-5.697 J4.271 E.06062
G1 X177.227 Y146.269 E.03616
G2 X174.357 Y144.647 I-6.812 J8.706 E.10976
G2 X170.956 Y144.223 I-2.65 J7.411 E.11461
G2 X168.033 Y145.013 I1.24 J10.399 E.10081
G2 X165.972 Y146.011 I9.869 J22.986 E.07598
G3 X163.123 Y147.504 I-27.358 J-48.754 E.10673
G3 X160.017 Y148.535 I-5.266 J-10.679 E.10888
G3 X155.818 Y148.043 I-1.203 J-7.904 E.14195
G1 X155.187 Y147.778 E.02269
G1 X154.889 Y147.706 E.01018
; LINE_WIDTH: 0.484075
G1 F8160.404
G1 X154.733 Y147.717 E.00561
; LINE_WIDTH: 0.518151
G1 F7575.274
G1 X154.577 Y147.729 E.00604
; LINE_WIDTH: 0.552226
G1 F7068.442
G1 X154.422 Y147.741 E.00648
G1 X154.156 Y147.881 E.01248
; LINE_WIDTH: 0.551177
G1 F7083.031
G1 X153.931 Y148.174 E.01529
G1 X153.875 Y148.389 E.00919
; LINE_WIDTH: 0.509171
G1 F7721.171
G1 X153.834 Y148.545 E.00615
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7721.171
G1 X153.84 Y148.378 E-.01193
G1 X153.861 Y148.152 E-.01613
G1 X153.77 Y147.818 E-.02471
G1 X153.531 Y147.58 E-.02407
G1 X153.38 Y147.511 E-.01182
G1 X153.229 Y147.442 E-.01182
G1 X153.387 Y147.486 E-.0117
G1 X153.545 Y147.531 E-.0117
G1 X153.803 Y147.488 E-.01863
; WIPE_END
G1 E-.0075 F3600
G1 X149.476 Y145.875 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.532274
G1 F7356.637
G1 X149.587 Y145.745 E.00682
; LINE_WIDTH: 0.551346
G1 F7080.676
G1 X149.727 Y145.447 E.01365
; LINE_WIDTH: 0.552428
G1 F7065.64
G1 X149.758 Y145.019 E.01781
G1 X149.686 Y144.885 E.00628
; LINE_WIDTH: 0.518285
G1 F7573.127
G1 X149.614 Y144.752 E.00586
; LINE_WIDTH: 0.484142
G1 F8159.158
G1 X149.543 Y144.619 E.00544
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X149.29 Y144.384 E.01144
G2 X148.747 Y143.949 I-4.503 J5.081 E.02308
G3 X145.827 Y139.09 I5.012 J-6.319 E.19217
G3 X145.544 Y136.507 I21.863 J-3.702 E.08622
G1 X145.469 Y134.176 E.07739
G2 X145.149 Y130.942 I-20.355 J.382 E.10792
G2 X143.821 Y127.719 I-8.61 J1.661 E.11639
G2 X142.292 Y126.107 I-6.427 J4.567 E.07396
G2 X140.145 Y124.782 I-7.286 J9.405 E.08383
G1 X139.61 Y124.556 E.01928
G3 X142.463 Y124.304 I2.074 J7.201 E.0956
G3 X145.897 Y125.706 I-1.218 J7.893 E.12419
G3 X148.791 Y128.549 I-7.851 J10.887 E.13508
G1 X149.33 Y129.23 E.02883
G1 X149.721 Y129.466 E.01514
G1 X150.207 Y129.485 E.01613
G1 X150.608 Y129.283 E.01489
G1 X150.777 Y129.127 E.00763
G3 X153.935 Y125.827 I11.635 J7.97 E.15218
G3 X156.775 Y124.45 I5.129 J6.963 E.10528
G3 X158.755 Y124.265 I1.647 J6.948 E.06618
G3 X160.393 Y124.557 I-.585 J8.038 E.0553
G2 X157.967 Y125.901 I4.298 J10.618 E.09223
G2 X155.684 Y128.54 I4.758 J6.424 E.11669
G2 X154.712 Y131.761 I8.743 J4.396 E.11218
G2 X154.532 Y134.173 I26.402 J3.182 E.08026
G3 X154.4 Y137.388 I-55.915 J-.684 E.10673
G3 X153.739 Y140.592 I-11.881 J-.779 E.10888
G3 X151.214 Y143.983 I-7.446 J-2.91 E.14195
G1 X150.669 Y144.398 E.02269
G1 X150.457 Y144.619 E.01017
; LINE_WIDTH: 0.484142
G1 F8159.158
G1 X150.39 Y144.76 E.00561
; LINE_WIDTH: 0.518285
G1 F7573.127
G1 X150.322 Y144.9 E.00605
; LINE_WIDTH: 0.552428
G1 F7065.64
G1 X150.254 Y145.041 E.00648
G1 X150.243 Y145.341 E.01249
; LINE_WIDTH: 0.551346
G1 F7080.676
G1 X150.384 Y145.683 E.01531
G1 X150.542 Y145.839 E.00919
; LINE_WIDTH: 0.509192
G1 F7720.816
G1 X150.7 Y145.994 E.00843
G1 X150.515 Y145.863 E.0086
; LINE_WIDTH: 0.551346
G1 F7080.676
G1 X150.331 Y145.732 E.00938
G1 X149.995 Y145.644 E.01438
G1 X149.671 Y145.734 E.01396
; LINE_WIDTH: 0.54669
G1 F7146.118
G1 X149.525 Y145.84 E.00739
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7146.118
G1 X149.587 Y145.745 E-.00809
G1 X149.727 Y145.447 E-.02348
G1 X149.758 Y145.019 E-.03057
G1 X149.686 Y144.885 E-.01078
G1 X149.614 Y144.752 E-.01078
G1 X149.543 Y144.619 E-.01078
G1 X149.29 Y144.384 E-.02458
G1 X149.033 Y144.178 E-.02344
; WIPE_END
G1 E-.0075 F3600
G1 X151.531 Y150.955 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X151.52 Y150.981 E.00087
G1 X151.19 Y151.361 E.01546
G1 X150.769 Y151.637 E.01547
G1 X150.288 Y151.785 E.01547
G1 X149.785 Y151.796 E.01546
G1 X149.297 Y151.666 E.0155
G1 X148.863 Y151.407 E.01555
G1 X148.521 Y151.041 E.01539
G1 X148.292 Y150.594 E.01543
G1 X148.194 Y150.1 E.01548
G1 X148.237 Y149.597 E.0155
G1 X148.422 Y149.118 E.01579
G1 X148.718 Y148.725 E.01511
G1 X149.119 Y148.421 E.01547
G1 X149.552 Y148.247 E.01434
G1 X150.051 Y148.191 E.01544
G1 X150.341 Y148.224 E.00897
G1 X150.826 Y148.392 E.01579
G1 X151.248 Y148.696 E.01599
G1 X151.547 Y149.064 E.01456
G1 X151.745 Y149.527 E.01547
G1 X151.808 Y150.026 E.01547
G1 X151.731 Y150.524 E.01547
G1 X151.557 Y150.9 E.01276
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X151.52 Y150.981 E-.00628
G1 X151.19 Y151.361 E-.03586
G1 X150.769 Y151.637 E-.03586
G1 X150.288 Y151.785 E-.03586
G1 X149.886 Y151.794 E-.02863
; WIPE_END
G1 E-.0075 F3600
G1 X146.785 Y147.441 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.513529
G1 F7649.67
G1 X146.557 Y147.565 E.00996
; LINE_WIDTH: 0.551179
G1 F7083.003
G1 X146.328 Y147.689 E.01076
G1 X146.225 Y147.826 E.00713
G1 X146.144 Y148.152 E.01391
; LINE_WIDTH: 0.540164
G1 F7239.906
G1 X146.157 Y148.314 E.00656
; LINE_WIDTH: 0.515086
G1 F7624.438
G1 X146.169 Y148.475 E.00623
G1 X146.126 Y148.321 E.00615
; LINE_WIDTH: 0.540164
G1 F7239.906
G1 X146.084 Y148.168 E.00647
; LINE_WIDTH: 0.551179
G1 F7083.003
G1 X145.92 Y147.96 E.01093
; LINE_WIDTH: 0.552225
G1 F7068.456
G1 X145.565 Y147.72 E.01781
G1 X145.414 Y147.715 E.00628
; LINE_WIDTH: 0.51815
G1 F7575.285
G1 X145.263 Y147.71 E.00586
; LINE_WIDTH: 0.484075
G1 F8160.409
G1 X145.111 Y147.706 E.00544
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X144.782 Y147.806 E.01144
G2 X144.133 Y148.06 I2.141 J6.423 E.0231
G3 X138.465 Y148.159 I-2.966 J-7.5 E.19217
G3 X136.087 Y147.113 I7.725 J-20.785 E.08622
G1 X134.03 Y146.012 E.07737
G2 X131.069 Y144.672 I-9.847 J17.819 E.10793
G2 X127.026 Y144.285 I-2.804 J7.967 E.13608
G2 X124.425 Y145.19 I1.575 J8.716 E.09172
G2 X122.772 Y146.269 I5.912 J10.862 E.06555
G1 X122.861 Y145.926 E.01174
G1 X123.238 Y144.915 E.03578
G3 X126.192 Y141.781 I6.374 J3.048 E.14518
G3 X129.991 Y140.449 I5.879 J10.687 E.13418
G3 X131.678 Y140.195 I18.52 J117.415 E.05657
G1 X132.078 Y139.975 E.01515
G1 X132.336 Y139.564 E.01609
G1 X132.362 Y139.116 E.01489
G1 X132.312 Y138.89 E.00766
G3 X131.033 Y134.506 I12.866 J-6.134 E.15216
G3 X131.261 Y131.358 I8.595 J-.96 E.10528
G3 X133.156 Y128.281 I6.687 J1.997 E.12125
G1 X133.132 Y128.444 E.00547
G2 X133.406 Y132.479 I10.18 J1.335 E.13504
G2 X135.064 Y135.421 I7.587 J-2.339 E.11286
G2 X137.155 Y137.239 I9.947 J-9.324 E.09208
G2 X140.494 Y139.365 I39.297 J-58.057 E.13132
G3 X142.738 Y141.025 I-9.624 J15.358 E.09269
G3 X145.128 Y144.728 I-5.345 J6.072 E.14809
G3 X145.483 Y146.62 I-10.863 J3.016 E.06391
G1 X145.569 Y146.914 E.01017
; LINE_WIDTH: 0.484075
G1 F8160.409
G1 X145.656 Y147.043 E.00561
; LINE_WIDTH: 0.51815
G1 F7575.285
G1 X145.744 Y147.172 E.00604
; LINE_WIDTH: 0.552225
G1 F7068.456
G1 X145.832 Y147.301 E.00648
G1 X146.087 Y147.461 E.01248
; LINE_WIDTH: 0.551179
G1 F7083.003
G1 X146.454 Y147.505 E.0153
; LINE_WIDTH: 0.54197
G1 F7213.706
G1 X146.619 Y147.473 E.00686
; LINE_WIDTH: 0.508924
G1 F7725.255
G1 X146.726 Y147.453 E.00413
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7725.255
G1 X146.557 Y147.565 E-.01448
G1 X146.328 Y147.689 E-.0185
G1 X146.225 Y147.826 E-.01226
G1 X146.144 Y148.152 E-.02394
G1 X146.157 Y148.314 E-.01154
G1 X146.169 Y148.475 E-.01154
G1 X146.126 Y148.321 E-.01138
G1 X146.084 Y148.168 E-.01138
G1 X145.92 Y147.96 E-.0188
G1 X145.819 Y147.892 E-.00867
; WIPE_END
G1 E-.0075 F3600
G1 X146.526 Y152.453 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.551199
G1 F7082.724
G2 X145.886 Y152.654 I.069 J1.338 E.02812
; LINE_WIDTH: 0.532779
G1 F7349.054
G1 X145.727 Y152.87 E.01067
; LINE_WIDTH: 0.491389
G1 F8027.31
G1 X145.569 Y153.085 E.00977
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X145.491 Y153.423 E.0115
G2 X145.387 Y154.111 I6.652 J1.36 E.02308
G3 X142.638 Y159.069 I-7.978 J-1.181 E.19217
G3 X140.543 Y160.605 I-14.136 J-17.081 E.08622
G2 X137.123 Y162.783 I35.139 J58.954 E.13452
G2 X135.415 Y164.205 I8.658 J12.135 E.0738
G2 X133.563 Y167.039 I5.899 J5.878 E.11307
G1 X133.288 Y167.96 E.03188
G2 X133.076 Y170.909 I9.559 J2.17 E.09848
G1 X133.155 Y171.715 E.02685
G3 X130.98 Y166.644 I4.722 J-5.027 E.18829
G3 X131.732 Y162.52 I12.201 J.096 E.13976
G3 X132.286 Y161.173 I15.616 J5.629 E.04831
G1 X132.375 Y160.782 E.01332
G1 X132.353 Y160.507 E.00913
G1 X132.13 Y160.079 E.01599
G1 X131.755 Y159.833 E.01489
G1 X131.535 Y159.763 E.00766
G3 X127.098 Y158.679 I1.121 J-14.21 E.15216
G3 X124.486 Y156.908 I3.466 J-7.924 E.10528
G3 X122.769 Y153.728 I5.073 J-4.793 E.12125
G1 X122.898 Y153.831 E.00547
G2 X126.53 Y155.611 I6.246 J-8.148 E.13504
G2 X129.906 Y155.645 I1.768 J-7.741 E.11286
G2 X132.526 Y154.744 I-3.101 J-13.276 E.09208
G2 X136.036 Y152.915 I-30.633 J-63.066 E.13132
G3 X138.596 Y151.801 I8.489 J16.016 E.09269
G3 X142.999 Y151.583 I2.586 J7.665 E.14809
G3 X144.813 Y152.222 I-2.819 J10.915 E.06388
G1 X145.112 Y152.295 E.01021
; LINE_WIDTH: 0.478461
G1 F8265.592
G1 X145.343 Y152.266 E.00824
; LINE_WIDTH: 0.506922
G1 F7758.587
G1 X145.573 Y152.237 E.00877
; LINE_WIDTH: 0.551199
G1 F7082.724
G1 X145.844 Y152.119 E.01226
G1 X146.065 Y151.824 E.01528
; LINE_WIDTH: 0.542302
G1 F7208.91
G1 X146.121 Y151.664 E.00689
; LINE_WIDTH: 0.509309
G1 F7718.879
G1 X146.176 Y151.504 E.00644
; LINE_WIDTH: 0.513758
G1 F7645.949
G1 X146.169 Y151.763 E.00996
; LINE_WIDTH: 0.551199
G1 F7082.724
G1 X146.162 Y152.023 E.01076
G1 X146.273 Y152.247 E.01033
G1 X146.48 Y152.415 E.01106
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7082.724
G1 X146.197 Y152.512 E-.02133
G1 X145.886 Y152.654 E-.02438
G1 X145.727 Y152.87 E-.01904
G1 X145.569 Y153.085 E-.01904
G1 X145.491 Y153.423 E-.02471
G1 X145.419 Y153.895 E-.034
; WIPE_END
G1 E-.0075 F3600
G1 X150.596 Y154.078 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.518761
G1 F7565.553
G1 X150.481 Y154.192 E.00626
; LINE_WIDTH: 0.551366
G1 F7080.398
G1 X150.366 Y154.305 E.00669
G1 X150.274 Y154.55 E.01087
G1 X150.242 Y154.891 E.01417
; LINE_WIDTH: 0.532966
G1 F7346.249
G1 X150.349 Y155.136 E.01068
; LINE_WIDTH: 0.491483
G1 F8025.637
G1 X150.457 Y155.38 E.00977
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X150.71 Y155.617 E.01148
G2 X151.253 Y156.051 I4.496 J-5.071 E.02308
G3 X154.173 Y160.91 I-5.012 J6.319 E.19217
G3 X154.456 Y163.493 I-21.863 J3.702 E.08622
G2 X154.632 Y167.543 I68.632 J-.955 E.13451
G2 X155.01 Y169.734 I14.84 J-1.431 E.0738
G2 X156.538 Y172.754 I8.039 J-2.17 E.11307
G1 X157.198 Y173.453 E.03188
G2 X160.383 Y175.446 I7.186 J-7.943 E.12529
G1 X160.041 Y175.54 E.01175
G1 X158.973 Y175.72 E.03594
G3 X156.531 Y175.486 I-.555 J-7.097 E.0818
G3 X153.74 Y174.031 I2.748 J-8.672 E.10492
G3 X150.819 Y170.928 I8.912 J-11.314 E.14189
G1 X150.525 Y170.655 E.01332
G1 X150.276 Y170.537 E.00913
G1 X149.794 Y170.515 E.01599
G1 X149.393 Y170.717 E.01489
G1 X149.223 Y170.873 E.00766
G3 X146.065 Y174.173 I-11.858 J-8.183 E.15216
G3 X142.319 Y175.712 I-4.806 J-6.371 E.13582
G3 X139.607 Y175.443 I-.648 J-7.282 E.09094
G2 X142.459 Y173.769 I-4.237 J-10.483 E.11011
G2 X143.898 Y172.167 I-6.056 J-6.887 E.0716
G2 X145.17 Y168.957 I-7.521 J-4.837 E.11525
G2 X145.468 Y165.827 I-21.352 J-3.613 E.1044
G3 X145.6 Y162.612 I55.911 J.684 E.10673
G3 X146.261 Y159.408 I11.881 J.779 E.10888
G3 X148.786 Y156.017 I7.446 J2.91 E.14195
G1 X149.331 Y155.602 E.02269
G1 X149.543 Y155.38 E.0102
; LINE_WIDTH: 0.478516
G1 F8264.548
G1 X149.634 Y155.167 E.00824
; LINE_WIDTH: 0.507032
G1 F7756.748
G1 X149.724 Y154.953 E.00878
; LINE_WIDTH: 0.551366
G1 F7080.398
G1 X149.757 Y154.659 E.01227
G1 X149.616 Y154.317 E.0153
G1 X149.458 Y154.161 E.00921
; LINE_WIDTH: 0.509093
G1 F7722.455
G1 X149.299 Y154.005 E.00844
G1 X149.484 Y154.137 E.00861
; LINE_WIDTH: 0.551366
G1 F7080.398
G1 X149.669 Y154.268 E.0094
G1 X150.005 Y154.356 E.01438
G1 X150.331 Y154.268 E.01399
G1 X150.464 Y154.173 E.00676
; LINE_WIDTH: 0.518761
G1 F7565.553
G1 X150.548 Y154.113 E.004
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7565.553
G1 X150.481 Y154.192 E-.00731
G1 X150.366 Y154.305 E-.0115
G1 X150.274 Y154.55 E-.01869
G1 X150.242 Y154.891 E-.02436
G1 X150.349 Y155.136 E-.01905
G1 X150.457 Y155.38 E-.01905
G1 X150.71 Y155.617 E-.02466
G1 X150.906 Y155.773 E-.01788
; WIPE_END
G1 E-.0075 F3600
G1 X153.834 Y151.609 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.532132
G1 F7358.773
G1 X153.892 Y151.769 E.00681
; LINE_WIDTH: 0.551178
G1 F7083.017
G1 X154.08 Y152.04 E.01364
G1 X154.357 Y152.236 E.01406
; LINE_WIDTH: 0.532864
G1 F7347.778
G1 X154.623 Y152.265 E.01068
; LINE_WIDTH: 0.491432
G1 F8026.549
G1 X154.889 Y152.294 E.00977
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X155.218 Y152.194 E.01144
G2 X155.867 Y151.94 I-2.141 J-6.422 E.0231
G3 X161.535 Y151.841 I2.966 J7.5 E.19217
G3 X163.913 Y152.887 I-7.725 J20.785 E.08622
G1 X165.97 Y153.988 E.07739
G2 X168.931 Y155.328 I9.846 J-17.818 E.10792
G2 X172.974 Y155.715 I2.804 J-7.967 E.13608
G2 X175.575 Y154.81 I-1.575 J-8.716 E.09172
G2 X177.228 Y153.731 I-5.912 J-10.861 E.06555
G1 X177.139 Y154.074 E.01174
G1 X176.762 Y155.085 E.03578
G3 X173.808 Y158.219 I-6.374 J-3.048 E.14518
G3 X170.009 Y159.551 I-5.879 J-10.687 E.13418
G3 X168.322 Y159.805 I-18.524 J-117.441 E.05657
G1 X167.922 Y160.025 E.01515
G1 X167.664 Y160.437 E.01613
G1 X167.63 Y160.838 E.01334
G1 X167.681 Y161.087 E.00844
G3 X168.967 Y165.494 I-13.12 J6.222 E.15294
G3 X168.577 Y169.136 I-8.189 J.965 E.12253
G1 X168.136 Y170.08 E.03454
G1 X167.654 Y170.807 E.02894
G3 X166.844 Y171.719 I-5.583 J-4.143 E.04051
G1 X166.949 Y170.575 E.0381
G1 X166.93 Y169.424 E.03817
G2 X166.317 Y166.74 I-8.522 J.534 E.09174
G1 X165.908 Y165.929 E.03013
G2 X163.717 Y163.421 I-7.897 J4.69 E.11108
G2 X161.44 Y161.838 I-14.765 J18.802 E.09204
G3 X158.723 Y160.117 I28.551 J-48.083 E.10673
G3 X156.278 Y157.942 I6.615 J-9.9 E.10888
G3 X154.604 Y154.059 I6.244 J-4.993 E.14195
G1 X154.517 Y153.38 E.02271
G1 X154.431 Y153.086 E.01017
; LINE_WIDTH: 0.478499
G1 F8264.861
G1 X154.292 Y152.9 E.00825
; LINE_WIDTH: 0.506999
G1 F7757.3
G1 X154.152 Y152.715 E.00879
; LINE_WIDTH: 0.551178
G1 F7083.017
G1 X153.913 Y152.539 E.01227
G1 X153.547 Y152.49 E.01531
G1 X153.333 Y152.549 E.00918
; LINE_WIDTH: 0.50884
G1 F7726.648
G1 X153.119 Y152.609 E.00842
G1 X153.325 Y152.514 E.00859
; LINE_WIDTH: 0.551178
G1 F7083.017
G1 X153.531 Y152.42 E.00937
G1 X153.775 Y152.174 E.01438
G1 X153.859 Y151.848 E.01395
; LINE_WIDTH: 0.546546
G1 F7148.162
G1 X153.841 Y151.668 E.0074
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7148.162
G1 X153.892 Y151.769 E-.00808
G1 X154.08 Y152.04 E-.02347
G1 X154.357 Y152.236 E-.02419
G1 X154.623 Y152.265 E-.01905
G1 X154.889 Y152.294 E-.01905
G1 X155.218 Y152.194 E-.02457
G1 X155.533 Y152.071 E-.02409
; WIPE_END
G1 E-.0075 F3600
G1 X149.121 Y145.583 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X149.246 Y145.452 E.00602
G1 X149.307 Y145.1 E.01183
G1 X149.165 Y144.804 E.0109
G3 X147.575 Y143.425 I8.74 J-11.688 E.06987
G3 X145.427 Y139.169 I6.237 J-5.817 E.16027
G3 X145.137 Y136.526 I22.388 J-3.795 E.08826
G2 X144.999 Y132.937 I-96.306 J1.926 E.11913
G2 X144.436 Y129.843 I-13.132 J.791 E.10457
G2 X142.042 Y126.428 I-6.946 J2.322 E.14028
G2 X139.107 Y124.787 I-6.787 J8.69 E.11198
G1 X138.434 Y124.552 E.02367
G3 X140.989 Y123.875 I3.436 J7.809 E.08805
G1 X142.007 Y123.856 E.03375
G3 X145.026 Y124.703 I-.521 J7.661 E.10475
G3 X148.216 Y127.218 I-5.859 J10.713 E.13538
G3 X149.507 Y128.829 I-13.223 J11.924 E.06855
G1 X149.79 Y129.058 E.01207
G1 X150.127 Y129.085 E.01121
G1 X150.451 Y128.884 E.01266
G3 X153.207 Y125.875 I12.494 J8.676 E.13573
G3 X156.78 Y124.03 I5.924 J7.09 E.1345
G3 X158.844 Y123.865 I1.653 J7.705 E.06887
G3 X161.548 Y124.547 I-.675 J8.383 E.09292
G2 X159.158 Y125.599 I7.261 J19.725 E.08667
G1 X158.215 Y126.224 E.03753
G2 X156.05 Y128.719 I4.515 J6.106 E.11045
G2 X155.116 Y131.809 I8.342 J4.206 E.10763
M73 P61 R4
G2 X154.939 Y134.184 I25.853 J3.124 E.07903
G1 X154.861 Y136.579 E.07948
G3 X154.425 Y139.805 I-16.494 J-.586 E.10816
G3 X151.398 Y144.354 I-8.143 J-2.136 E.18461
G1 X150.816 Y144.821 E.02475
G1 X150.696 Y145.162 E.01199
G1 X150.709 Y145.305 E.00475
G1 X150.908 Y145.634 E.01275
G1 X151.174 Y145.766 E.00984
G1 X151.783 Y145.985 E.02149
G1 X152.36 Y146.294 E.02172
G1 X153.223 Y146.979 E.03654
G1 X153.562 Y147.073 E.01167
G1 X153.897 Y146.95 E.01183
G1 X154.082 Y146.679 E.0109
G3 X154.481 Y144.612 I14.493 J1.725 E.06989
G3 X157.094 Y140.625 I8.156 J2.493 E.16027
G3 X159.238 Y139.052 I14.479 J17.489 E.08826
G2 X162.634 Y136.89 I-35.22 J-59.088 E.13358
G2 X164.288 Y135.516 I-8.418 J-11.816 E.07136
G2 X166.05 Y132.836 I-5.588 J-5.592 E.10716
G1 X166.314 Y131.953 E.03058
G2 X166.532 Y129.276 I-8.83 J-2.064 E.0894
G2 X166.258 Y127.261 I-15.303 J1.054 E.06752
G3 X169.055 Y130.999 I-4.373 J6.188 E.15745
G3 X169.404 Y134.175 I-8.175 J2.506 E.1066
G3 X168.088 Y138.988 I-14.125 J-1.277 E.16639
G1 X168.026 Y139.325 E.01135
G1 X168.175 Y139.652 E.01193
G1 X168.512 Y139.833 E.01269
G3 X172.485 Y140.71 I-1.293 J15.29 E.13533
G3 X174.859 Y141.983 I-3.98 J10.268 E.0896
G3 X176.347 Y143.441 I-5.306 J6.908 E.06928
G3 X177.671 Y146.36 I-6.21 J4.574 E.10709
G1 X177.819 Y147.281 E.03095
G2 X176.101 Y145.969 I-15.53 J18.552 E.07175
G2 X172.808 Y144.671 I-4.83 J7.429 E.11821
G2 X169.649 Y144.878 I-1.078 J7.727 E.10573
G2 X166.166 Y146.369 I5.022 J16.549 E.12594
G1 X164.053 Y147.499 E.07947
M73 P62 R4
G3 X161.042 Y148.734 I-7.739 J-14.577 E.10816
G3 X155.588 Y148.388 I-2.222 J-8.12 E.1846
G1 X154.893 Y148.117 E.02475
G1 X154.538 Y148.184 E.01199
G1 X154.421 Y148.267 E.00475
G1 X154.235 Y148.603 E.01275
G2 X154.375 Y149.725 I38.096 J-4.206 E.0375
G3 X154.232 Y151.335 I-6.781 J.209 E.05375
G1 X154.316 Y151.621 E.00988
G1 X154.59 Y151.849 E.01182
G1 X154.918 Y151.875 E.0109
G3 X156.906 Y151.187 I5.755 J13.422 E.06987
G3 X161.666 Y151.455 I1.919 J8.31 E.16027
G3 X164.1 Y152.526 I-7.907 J21.286 E.08826
G2 X167.277 Y154.2 I46.491 J-84.379 E.11913
G2 X170.238 Y155.259 I5.881 J-11.768 E.10457
G2 X175.369 Y154.459 I1.463 J-7.47 E.17579
G1 X176.213 Y153.955 E.03261
G2 X177.821 Y152.718 I-9.353 J-13.823 E.06732
G3 X175.948 Y157.043 I-7.678 J-.757 E.15887
G3 X172.778 Y159.175 I-6.5 J-6.242 E.1277
G3 X168.581 Y160.159 I-5.419 J-13.684 E.14352
G1 X168.241 Y160.29 E.01207
G1 X168.049 Y160.568 E.01121
G1 X168.054 Y160.924 E.01182
G3 X169.372 Y165.452 I-13.338 J6.341 E.15711
G3 X168.975 Y169.24 I-8.639 J1.009 E.1274
G3 X167.599 Y171.521 I-7.099 J-2.728 E.08881
G3 X166.266 Y172.728 I-6.362 J-5.684 E.05976
G2 X166.542 Y170.573 I-13.677 J-2.846 E.07214
G1 X166.525 Y169.459 E.03698
G2 X164.007 Y164.212 I-7.584 J.413 E.19811
G2 X162.017 Y162.688 I-11.629 J13.124 E.08321
G2 X159.193 Y160.92 I-78.258 J121.839 E.11053
G3 X156.617 Y158.929 I8.754 J-13.991 E.10816
G3 X154.19 Y154.033 I5.922 J-5.984 E.18461
G1 X154.077 Y153.295 E.02477
G1 X153.842 Y153.021 E.01199
G1 X153.712 Y152.961 E.00475
G1 X153.327 Y152.968 E.01275
G1 X153.095 Y153.121 E.00921
G1 X152.617 Y153.527 E.02083
G1 X152.009 Y153.907 E.02376
G1 X151.002 Y154.305 E.03592
G1 X150.754 Y154.548 E.01151
G1 X150.693 Y154.899 E.01183
G1 X150.835 Y155.196 E.01092
G3 X152.425 Y156.575 I-8.752 J11.701 E.06988
G3 X154.573 Y160.831 I-6.237 J5.817 E.16027
G3 X154.863 Y163.474 I-22.388 J3.795 E.08826
G2 X155.037 Y167.497 I68.781 J-.957 E.13358
G2 X155.399 Y169.615 I14.443 J-1.383 E.07136
G2 X156.84 Y172.482 I7.637 J-2.043 E.10716
G1 X157.472 Y173.152 E.03058
G2 X159.681 Y174.679 I6.203 J-6.615 E.0894
G2 X161.564 Y175.449 I6.739 J-13.781 E.06752
G3 X156.927 Y176.002 I-3.172 J-6.881 E.15746
G3 X154.003 Y174.717 I1.917 J-8.333 E.1066
G3 X150.493 Y171.171 I8.168 J-11.594 E.16639
G1 X150.232 Y170.949 E.01134
G1 X149.874 Y170.914 E.01193
G1 X149.548 Y171.117 E.01271
G3 X146.226 Y174.556 I-12.101 J-8.364 E.15934
G3 X142.264 Y176.123 I-4.926 J-6.665 E.14294
G3 X138.454 Y175.453 I-.587 J-7.84 E.12966
G2 X140.365 Y174.648 I-9.31 J-24.774 E.06881
G2 X142.185 Y173.468 I-4.542 J-8.997 E.0721
G2 X143.551 Y171.953 I-5.823 J-6.628 E.06782
G2 X144.768 Y168.89 I-7.146 J-4.612 E.11002
G2 X145.061 Y165.816 I-20.902 J-3.542 E.10255
G1 X145.139 Y163.421 E.07948
G3 X145.575 Y160.195 I16.494 J.586 E.10816
G3 X148.602 Y155.646 I8.143 J2.136 E.18461
G1 X149.184 Y155.178 E.02476
G1 X149.304 Y154.838 E.01198
G1 X149.291 Y154.695 E.00476
G1 X149.092 Y154.365 E.01278
G2 X148.166 Y153.989 I-4.814 J10.513 E.03317
G1 X147.669 Y153.728 E.0186
G3 X146.72 Y152.994 I6.018 J-8.767 E.03982
G1 X146.439 Y152.926 E.0096
G1 X146.104 Y153.049 E.01183
G1 X145.918 Y153.32 E.01092
G3 X145.519 Y155.388 I-14.512 J-1.729 E.0699
G3 X142.906 Y159.375 I-8.156 J-2.493 E.16027
G3 X140.762 Y160.948 I-14.479 J-17.489 E.08826
G2 X137.366 Y163.11 I35.218 J59.085 E.13358
G2 X135.712 Y164.484 I8.418 J11.816 E.07136
G2 X133.95 Y167.164 I5.588 J5.592 E.10716
G1 X133.686 Y168.047 E.03058
G2 X133.481 Y170.874 I9.163 J2.083 E.09436
G2 X133.742 Y172.739 I14.748 J-1.111 E.06252
G3 X130.945 Y169.001 I4.373 J-6.188 E.15745
G3 X130.596 Y165.825 I8.175 J-2.506 E.1066
G3 X131.912 Y161.012 I14.125 J1.277 E.16639
G1 X131.974 Y160.675 E.01135
G1 X131.825 Y160.348 E.01193
G1 X131.488 Y160.167 E.01269
G3 X126.846 Y159.01 I1.135 J-14.431 E.15941
G3 X124.603 Y157.58 I4.152 J-8.991 E.08851
G3 X122.263 Y153.312 I5.001 J-5.518 E.16449
G1 X122.184 Y152.723 E.01972
G2 X124.43 Y154.349 I10.054 J-11.525 E.09211
G1 X125.302 Y154.774 E.0322
G2 X128.422 Y155.41 I3.062 J-7.05 E.1064
G2 X131.805 Y154.614 I-.428 J-9.406 E.11594
G2 X133.834 Y153.631 I-9.651 J-22.496 E.07481
G3 X136.708 Y152.126 I27.553 J49.117 E.10762
G3 X139.912 Y151.065 I5.44 J11.057 E.11233
G3 X144.329 Y151.578 I1.274 J8.305 E.1493
G1 X144.971 Y151.846 E.02305
G1 X145.188 Y151.887 E.00735
G1 X145.544 Y151.773 E.0124
G1 X145.762 Y151.431 E.01346
G1 X145.745 Y151.096 E.01112
G1 X145.635 Y150.517 E.01955
G1 X145.606 Y149.864 E.0217
G3 X145.771 Y148.715 I6.882 J.401 E.03855
G1 X145.684 Y148.379 E.0115
G1 X145.41 Y148.151 E.01182
G1 X145.082 Y148.125 E.0109
G3 X143.094 Y148.813 I-5.755 J-13.422 E.06987
G3 X138.334 Y148.545 I-1.919 J-8.31 E.16027
G3 X135.9 Y147.474 I7.907 J-21.286 E.08826
G2 X132.723 Y145.8 I-46.49 J84.376 E.11913
G2 X129.762 Y144.741 I-5.881 J11.768 E.10457
G2 X124.631 Y145.541 I-1.463 J7.47 E.17579
G1 X123.787 Y146.045 E.03261
G2 X122.179 Y147.282 I9.353 J13.823 E.06732
G3 X124.052 Y142.957 I7.678 J.757 E.15887
G3 X127.222 Y140.825 I6.5 J6.242 E.1277
G3 X131.419 Y139.841 I5.419 J13.684 E.14352
G1 X131.759 Y139.71 E.01207
G1 X131.951 Y139.434 E.01117
G1 X131.939 Y139.051 E.01269
G3 X130.621 Y134.453 I13.065 J-6.233 E.15941
G3 X130.737 Y131.795 I9.863 J-.899 E.08851
G3 X133.263 Y127.635 I7.28 J1.572 E.16449
G1 X133.734 Y127.272 E.01972
G2 X133.449 Y130.03 I15.008 J2.945 E.09211
G1 X133.517 Y130.998 E.0322
G2 X134.526 Y134.018 I7.637 J-.873 E.1064
G2 X136.907 Y136.55 I7.932 J-5.074 E.11594
G2 X138.773 Y137.815 I14.658 J-19.607 E.07481
G3 X141.513 Y139.551 I-28.768 J48.433 E.10762
G3 X144.034 Y141.796 I-6.856 J10.24 E.11232
G3 X145.798 Y145.878 I-6.555 J5.256 E.1493
G1 X145.887 Y146.568 E.02307
G1 X145.96 Y146.776 E.00732
G1 X146.237 Y147.028 E.01242
G1 X146.641 Y147.047 E.01343
G2 X147.432 Y146.442 I-3.644 J-5.585 E.03307
G1 X147.955 Y146.108 E.02057
G3 X149.04 Y145.667 I4.58 J9.704 E.03888
G1 X149.079 Y145.626 E.00187
M204 S10000
G1 X148.861 Y145.321 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X148.872 Y145.294 E.00089
G1 X148.92 Y145.167 E.00417
G1 X148.895 Y145.121 E.00161
G1 X148.846 Y145.033 E.00308
G3 X145.84 Y141.632 I5.296 J-7.71 E.1409
G3 X144.84 Y137.876 I10.067 J-4.691 E.12005
G3 X144.663 Y133.984 I57.54 J-4.571 E.11972
G1 X144.608 Y132.971 E.03119
G2 X144.07 Y129.984 I-12.777 J.761 E.09346
G2 X141.768 Y126.711 I-6.566 J2.171 E.12475
G2 X138.978 Y125.157 I-6.521 J8.428 E.09848
G1 X138.081 Y124.844 E.0292
G1 X137.897 Y124.708 E.00703
G1 X137.867 Y124.515 E.00602
G1 X137.987 Y124.319 E.00704
G3 X142.569 Y123.511 I3.685 J7.497 E.14486
G3 X146.354 Y125.05 I-1.332 J8.703 E.12672
G3 X149.856 Y128.641 I-8.766 J12.053 E.15485
G1 X149.932 Y128.674 E.00254
G2 X150.066 Y128.676 I.068 J-.052 E.00475
G1 X150.151 Y128.631 E.00295
G3 X153.411 Y125.217 I12.183 J8.368 E.14567
G3 X157.753 Y123.478 I5.275 J6.878 E.14552
G3 X161.13 Y123.952 I.554 J8.305 E.10554
G1 X162.056 Y124.358 E.03106
G3 X162.03 Y124.775 I-.184 J.198 E.01471
G2 X160.152 Y125.525 I158.48 J400.016 E.06213
G2 X157.572 Y127.289 I3.836 J8.378 E.09651
G2 X155.618 Y131.174 I5.409 J5.154 E.13557
G2 X155.337 Y133.989 I20.239 J3.446 E.087
G3 X155.16 Y137.876 I-62.615 J-.905 E.11958
G3 X154.16 Y141.632 I-11.067 J-.935 E.12005
G3 X151.154 Y145.033 I-8.302 J-4.308 E.1409
G1 X151.102 Y145.124 E.00321
G1 X151.081 Y145.16 E.00128
G1 X151.097 Y145.263 E.00322
G1 X151.132 Y145.295 E.00144
G1 X151.206 Y145.361 E.00305
G1 X151.909 Y145.607 E.02289
G1 X152.539 Y145.939 E.02188
G3 X153.483 Y146.675 I-5.511 J8.044 E.03681
G1 X153.512 Y146.67 E.0009
G1 X153.646 Y146.649 E.00416
G1 X153.673 Y146.604 E.00161
G1 X153.724 Y146.518 E.00308
G3 X155.167 Y142.213 I9.325 J.731 E.14092
G3 X157.92 Y139.469 I9.096 J6.373 E.12004
G3 X161.201 Y137.371 I32.71 J47.518 E.11969
G2 X164.002 Y135.248 I-8.461 J-14.075 E.10818
G2 X166.057 Y131.244 I-4.964 J-5.077 E.14071
G2 X166.139 Y129.279 I-9.565 J-1.383 E.06054
G2 X165.827 Y127.1 I-16.098 J1.191 E.06771
G1 X165.852 Y126.872 E.00703
G1 X166.005 Y126.75 E.00603
G1 X166.234 Y126.756 E.00703
G3 X169.224 Y130.32 I-4.651 J6.94 E.14486
G3 X169.784 Y134.368 I-8.203 J3.198 E.12672
G3 X168.426 Y139.196 I-14.821 J-1.566 E.15484
G1 X168.435 Y139.278 E.00254
G2 X168.501 Y139.396 I.08 J.033 E.00477
G1 X168.581 Y139.447 E.00293
G3 X173.49 Y140.709 I-1.156 J14.668 E.15651
G3 X176.615 Y143.142 I-3.646 J7.906 E.12276
G3 X178.18 Y146.995 I-6.445 J4.864 E.12925
G1 X178.241 Y147.547 E.01705
G3 X178.126 Y147.782 I-.263 J.018 E.00842
G1 X177.915 Y147.824 E.00662
G1 X177.752 Y147.732 E.00575
G2 X175.902 Y146.307 I-15.205 J17.815 E.07178
G2 X172.262 Y145.001 I-4.494 J6.801 E.11998
G2 X169.658 Y145.286 I-.505 J7.427 E.08092
G2 X166.535 Y146.616 I4.857 J15.734 E.10449
G3 X163.08 Y148.406 I-30.522 J-54.676 E.11958
G3 X159.327 Y149.418 I-4.724 J-10.052 E.12004
G3 X154.878 Y148.516 I-.42 J-9.344 E.1409
G1 X154.774 Y148.516 E.00321
G1 X154.732 Y148.516 E.00128
G1 X154.651 Y148.582 E.00322
G1 X154.641 Y148.627 E.00143
G1 X154.62 Y148.725 E.00306
G1 X154.756 Y149.437 E.02228
G1 X154.787 Y150.148 E.02187
G3 X154.622 Y151.354 I-8.132 J-.498 E.03741
G1 X154.64 Y151.376 E.00089
G1 X154.726 Y151.481 E.00416
G1 X154.778 Y151.482 E.00161
G1 X154.878 Y151.484 E.00307
G3 X159.327 Y150.582 I4.029 J8.441 E.1409
G3 X163.08 Y151.594 I-.971 J11.064 E.12004
G3 X166.539 Y153.386 I-24.81 J52.114 E.11973
G1 X167.444 Y153.845 E.03119
G2 X170.299 Y154.872 I5.729 J-11.445 E.09346
G2 X173.6 Y154.753 I1.403 J-6.931 E.10242
G2 X175.378 Y154 I-2.252 J-7.793 E.05948
G1 X176.014 Y153.616 E.02283
G2 X177.853 Y152.196 I-17.534 J-24.61 E.07141
G1 X178.027 Y152.184 E.00536
G1 X178.19 Y152.278 E.00578
G1 X178.238 Y152.512 E.00734
G3 X176.907 Y156.454 I-8.523 J-.682 E.12913
G3 X174.072 Y158.985 I-6.753 J-4.712 E.11784
G3 X171.119 Y160.127 I-5.923 J-10.92 E.09756
G3 X168.57 Y160.555 I-4.552 J-19.329 E.07949
G1 X168.503 Y160.604 E.00254
G2 X168.434 Y160.721 I.011 J.085 E.0048
G1 X168.431 Y160.817 E.00297
G3 X169.813 Y166.049 I-12.937 J6.216 E.16726
G3 X169.093 Y169.975 I-8.335 J.5 E.12387
G3 X166.179 Y173.262 I-7.403 J-3.628 E.13662
G1 X165.966 Y173.233 E.00659
G1 X165.826 Y173.064 E.00674
G1 X165.829 Y172.868 E.00604
G2 X166.089 Y168.946 I-11.718 J-2.745 E.12131
G2 X164.138 Y164.897 I-7.036 J.895 E.14054
G2 X161.805 Y163.018 I-10.024 J10.061 E.09219
G3 X158.381 Y160.854 I252.833 J-403.695 E.12447
G3 X155.976 Y158.825 I7.612 J-11.467 E.09691
G3 X153.824 Y154.263 I6.488 J-5.848 E.15721
G1 X153.725 Y153.482 E.02419
G1 X153.672 Y153.392 E.00322
G1 X153.651 Y153.355 E.00129
G1 X153.553 Y153.318 E.00322
G1 X153.51 Y153.332 E.00142
G1 X153.414 Y153.363 E.00308
G1 X152.881 Y153.824 E.02166
G1 X152.229 Y154.239 E.02373
G3 X151.139 Y154.679 I-4.435 J-9.413 E.03615
G1 X151.129 Y154.706 E.0009
G1 X151.08 Y154.833 E.00417
G1 X151.105 Y154.879 E.00161
G1 X151.154 Y154.967 E.00308
G3 X154.16 Y158.368 I-5.296 J7.71 E.1409
G3 X155.16 Y162.124 I-10.067 J4.691 E.12005
G3 X155.337 Y166.015 I-57.507 J4.569 E.11969
G2 X155.775 Y169.502 I16.42 J-.29 E.10818
G2 X158.214 Y173.283 I6.879 J-1.761 E.14071
G2 X159.875 Y174.337 I5.98 J-7.592 E.06054
G2 X161.919 Y175.156 I7.017 J-14.535 E.06771
G1 X162.103 Y175.292 E.00703
G1 X162.133 Y175.486 E.00603
G1 X162.013 Y175.681 E.00703
G3 X157.431 Y176.489 I-3.685 J-7.498 E.14486
G3 X153.646 Y174.95 I1.332 J-8.703 E.12672
G3 X150.144 Y171.359 I8.766 J-12.053 E.15485
G1 X150.068 Y171.326 E.00254
G2 X149.933 Y171.324 I-.068 J.053 E.00477
G1 X149.849 Y171.369 E.00293
G3 X146.008 Y175.183 I-11.866 J-8.106 E.16733
G3 X142.259 Y176.516 I-4.564 J-6.895 E.12346
G3 X138.014 Y175.678 I-.585 J-8.202 E.13456
G1 X137.9 Y175.57 E.00481
G1 X137.862 Y175.375 E.00612
G1 X137.982 Y175.216 E.0061
G2 X139.848 Y174.475 I-66.533 J-170.22 E.06168
G2 X142.328 Y172.808 I-3.85 J-8.406 E.09222
G1 X142.879 Y172.207 E.02508
G2 X144.382 Y168.826 I-6.117 J-4.743 E.11478
G2 X144.663 Y166.011 I-20.238 J-3.446 E.087
G3 X144.84 Y162.124 I62.614 J.905 E.11958
G3 X145.84 Y158.368 I11.067 J.935 E.12005
G3 X148.846 Y154.967 I8.302 J4.308 E.1409
G1 X148.898 Y154.876 E.0032
G1 X148.919 Y154.84 E.0013
G1 X148.903 Y154.736 E.00322
G1 X148.869 Y154.705 E.00141
G1 X148.794 Y154.639 E.00306
G1 X148.091 Y154.393 E.02289
G1 X147.461 Y154.061 E.02188
G3 X146.517 Y153.325 I5.477 J-7.998 E.03679
G1 X146.488 Y153.33 E.00091
G1 X146.354 Y153.351 E.00416
G1 X146.327 Y153.396 E.00161
G1 X146.276 Y153.482 E.00308
G3 X144.833 Y157.787 I-9.325 J-.731 E.14092
G3 X142.08 Y160.531 I-9.096 J-6.373 E.12004
G3 X138.799 Y162.629 I-32.711 J-47.519 E.11969
G2 X135.998 Y164.752 I8.461 J14.075 E.10818
G2 X133.943 Y168.756 I4.964 J5.077 E.14071
G2 X133.968 Y171.746 I10.701 J1.408 E.0922
G2 X134.173 Y172.9 I15.149 J-2.1 E.03602
G1 X134.148 Y173.128 E.00703
G1 X133.995 Y173.25 E.00602
G1 X133.766 Y173.244 E.00704
G3 X130.776 Y169.68 I4.65 J-6.939 E.14486
G3 X130.216 Y165.632 I8.203 J-3.198 E.12672
G3 X131.574 Y160.804 I14.821 J1.566 E.15484
G1 X131.565 Y160.722 E.00254
G2 X131.499 Y160.604 I-.08 J-.033 E.00477
G1 X131.419 Y160.553 E.00293
G3 X126.195 Y159.134 I1.083 J-14.314 E.16733
G3 X123.154 Y156.547 I3.734 J-7.468 E.12387
G3 X121.765 Y152.38 I6.843 J-4.597 E.13662
G1 X121.897 Y152.211 E.00659
G1 X122.113 Y152.174 E.00674
G1 X122.281 Y152.275 E.00604
G2 X125.215 Y154.313 I8.547 J-9.171 E.11016
G2 X130.342 Y154.714 I3.085 J-6.473 E.16162
G2 X133.465 Y153.384 I-4.857 J-15.734 E.10449
G3 X136.92 Y151.594 I30.523 J54.677 E.11958
G3 X140.673 Y150.582 I4.724 J10.052 E.12004
G3 X145.122 Y151.484 I.42 J9.344 E.1409
G1 X145.226 Y151.484 E.00319
G1 X145.268 Y151.484 E.00131
G1 X145.35 Y151.418 E.00322
G1 X145.359 Y151.373 E.0014
G1 X145.38 Y151.275 E.00307
G1 X145.244 Y150.563 E.02228
G1 X145.213 Y149.852 E.02187
G3 X145.378 Y148.646 I8.132 J.498 E.03741
G1 X145.36 Y148.624 E.00089
G1 X145.274 Y148.519 E.00416
G1 X145.222 Y148.518 E.00161
G1 X145.122 Y148.516 E.00307
G3 X140.673 Y149.418 I-4.029 J-8.441 E.1409
G3 X136.92 Y148.406 I.971 J-11.064 E.12004
G3 X133.461 Y146.614 I24.81 J-52.115 E.11973
G1 X132.556 Y146.155 E.03119
G2 X129.701 Y145.128 I-5.729 J11.445 E.09346
G2 X126.4 Y145.247 I-1.403 J6.931 E.10242
G2 X124.622 Y146 I2.252 J7.793 E.05948
G1 X123.986 Y146.384 E.02283
G2 X122.147 Y147.804 I17.534 J24.61 E.07141
G1 X121.973 Y147.816 E.00536
G1 X121.81 Y147.722 E.00578
G1 X121.762 Y147.488 E.00734
G3 X123.093 Y143.546 I8.523 J.682 E.12913
G3 X125.928 Y141.015 I6.753 J4.712 E.11784
G3 X128.881 Y139.873 I5.923 J10.92 E.09756
G3 X131.43 Y139.445 I4.552 J19.329 E.07949
G1 X131.497 Y139.396 E.00254
G2 X131.566 Y139.28 I-.011 J-.085 E.00477
G1 X131.57 Y139.185 E.00293
G3 X130.187 Y133.951 I12.938 J-6.219 E.16733
G3 X130.907 Y130.025 I8.335 J-.5 E.12387
G3 X133.821 Y126.738 I7.403 J3.628 E.13662
G1 X134.034 Y126.767 E.00659
G1 X134.174 Y126.936 E.00674
G1 X134.171 Y127.132 E.00604
G2 X133.872 Y130.692 I12.216 J2.817 E.11016
G2 X136.089 Y135.333 I7.149 J-.565 E.16161
M73 P63 R4
G2 X138.802 Y137.372 I11.198 J-12.074 E.10449
G3 X142.08 Y139.469 I-32.092 J53.774 E.11958
G3 X144.833 Y142.213 I-6.343 J9.117 E.12004
G3 X146.275 Y146.518 I-7.882 J5.036 E.1409
G1 X146.328 Y146.608 E.00322
G1 X146.349 Y146.645 E.00129
G1 X146.447 Y146.682 E.00322
G1 X146.49 Y146.669 E.00139
G1 X146.584 Y146.639 E.00302
G1 X147.119 Y146.176 E.02175
G1 X147.771 Y145.761 E.02373
G3 X148.805 Y145.34 I4.46 J9.472 E.03432
M204 S10000
G1 X149.743 Y146.219 F30000
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X149.898 Y146.129 E.00596
G1 X150.051 Y146.108 E.00512
G3 X153.302 Y147.976 I-62.356 J112.259 E.12438
G1 X153.396 Y148.098 E.00512
G3 X153.404 Y151.848 I-128.707 J2.127 E.12437
G1 X153.345 Y151.99 E.00511
G3 X150.102 Y153.871 I-65.818 J-109.746 E.12438
G1 X149.949 Y153.892 E.00512
G3 X146.698 Y152.024 I63.038 J-113.439 E.12437
G1 X146.604 Y151.901 E.00513
G3 X146.596 Y148.152 I130.15 J-2.127 E.12437
G1 X146.655 Y148.01 E.00511
G1 X146.995 Y147.805 E.01317
G1 X149.691 Y146.249 E.10326
M204 S10000
G1 X149.368 Y145.952 F30000
M204 S5000
; LINE_WIDTH: 0.470986
G1 F8409.918
G1 X149.278 Y146.01 E.00375
; LINE_WIDTH: 0.507474
G1 F7749.368
G1 X149.009 Y146.139 E.01129
; LINE_WIDTH: 0.553306
G1 F7053.485
G1 X148.74 Y146.268 E.01241
; LINE_WIDTH: 0.58847
G1 F6598.845
G1 X148.464 Y146.407 E.01374
; LINE_WIDTH: 0.623634
G1 F6199.265
G2 X147.715 Y146.832 I2.327 J4.962 E.04077
; LINE_WIDTH: 0.599686
G1 F6465.912
G1 X147.491 Y146.988 E.01238
; LINE_WIDTH: 0.555569
G1 F7022.349
G1 X147.266 Y147.143 E.0114
; LINE_WIDTH: 0.511452
G1 F7683.573
G1 X146.785 Y147.441 E.02163
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7683.573
G1 X147.266 Y147.143 E-.04037
G1 X147.491 Y146.988 E-.01944
G1 X147.715 Y146.832 E-.01944
G1 X148.188 Y146.546 E-.03935
G1 X148.464 Y146.407 E-.02202
G1 X148.487 Y146.395 E-.00188
; WIPE_END
G1 E-.0075 F3600
G1 X150.7 Y145.994 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.511982
G1 F7674.902
G1 X150.986 Y146.133 E.01217
; LINE_WIDTH: 0.556925
G1 F7003.828
G1 X151.272 Y146.273 E.01333
; LINE_WIDTH: 0.601868
G1 F6440.671
G1 X151.559 Y146.412 E.0145
; LINE_WIDTH: 0.624776
G1 F6187.098
G3 X152.323 Y146.86 I-2.619 J5.352 E.04206
; LINE_WIDTH: 0.591364
G1 F6564.025
G1 X152.579 Y147.027 E.01365
; LINE_WIDTH: 0.557952
G1 F6989.857
G1 X152.736 Y147.137 E.00806
; LINE_WIDTH: 0.524157
G1 F7480.726
G1 X152.893 Y147.247 E.00753
; LINE_WIDTH: 0.490362
G1 F8045.747
G1 X153.051 Y147.357 E.007
; LINE_WIDTH: 0.46587
G1 F8511.644
G1 X153.145 Y147.407 E.00369
M204 S10000
G1 X153.819 Y148.603 F30000
M204 S5000
; LINE_WIDTH: 0.497904
G1 F7912.366
G1 X153.835 Y148.879 E.01024
; LINE_WIDTH: 0.528644
G1 F7411.616
G1 X153.85 Y149.155 E.01093
; LINE_WIDTH: 0.568486
G1 F6849.759
G1 X153.87 Y149.458 E.01301
; LINE_WIDTH: 0.608328
G1 F6367.084
G1 X153.89 Y149.761 E.014
G1 X153.866 Y150.739 E.04505
; LINE_WIDTH: 0.559936
G1 F6963.034
G1 X153.843 Y151.002 E.01113
; LINE_WIDTH: 0.515298
G1 F7621.015
G1 X153.821 Y151.265 E.01017
; LINE_WIDTH: 0.471134
G1 F8407.011
G1 X153.821 Y151.477 E.00739
M204 S10000
G1 X153.119 Y152.609 F30000
M204 S5000
; LINE_WIDTH: 0.509641
G1 F7713.393
G1 X152.866 Y152.78 E.01164
; LINE_WIDTH: 0.55278
G1 F7060.771
G1 X152.612 Y152.951 E.01271
; LINE_WIDTH: 0.595918
G1 F6509.969
G1 X152.359 Y153.123 E.01379
; LINE_WIDTH: 0.623634
G1 F6199.265
G3 X151.54 Y153.591 I-3.384 J-4.962 E.04468
; LINE_WIDTH: 0.588958
G1 F6592.948
G1 X151.268 Y153.728 E.01356
; LINE_WIDTH: 0.554282
G1 F7040.023
G1 X151.014 Y153.847 E.01167
; LINE_WIDTH: 0.505754
G1 F7778.167
G1 X150.761 Y153.965 E.01056
; LINE_WIDTH: 0.466536
G1 F8498.263
G1 X150.67 Y154.023 E.00369
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8498.263
G1 X150.761 Y153.965 E-.00763
G1 X151.014 Y153.847 E-.01995
G1 X151.268 Y153.728 E-.01995
G1 X151.54 Y153.591 E-.02172
G1 X151.812 Y153.454 E-.02172
G1 X152.359 Y153.123 E-.04554
G1 X152.429 Y153.075 E-.006
; WIPE_END
G1 E-.0075 F3600
G1 X146.899 Y152.617 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.470832
G1 F8412.945
G1 X146.986 Y152.672 E.00358
; LINE_WIDTH: 0.513825
G1 F7644.854
G1 X147.199 Y152.82 E.00996
; LINE_WIDTH: 0.556818
G1 F7005.281
G1 X147.412 Y152.968 E.01086
; LINE_WIDTH: 0.590798
G1 F6570.805
G1 X147.672 Y153.137 E.01386
; LINE_WIDTH: 0.624778
G1 F6187.077
G2 X148.373 Y153.533 I2.244 J-3.154 E.03823
; LINE_WIDTH: 0.575862
G1 F6754.956
G1 X148.814 Y153.76 E.02151
; LINE_WIDTH: 0.526946
G1 F7437.617
G1 X149.056 Y153.882 E.01074
; LINE_WIDTH: 0.496883
G1 F7930.161
G1 X149.299 Y154.005 E.01007
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7930.161
G1 X149.056 Y153.882 E-.0194
G1 X148.814 Y153.76 E-.0194
G1 X148.373 Y153.533 E-.03529
G1 X147.932 Y153.307 E-.03529
G1 X147.672 Y153.137 E-.02213
G1 X147.543 Y153.053 E-.011
; WIPE_END
G1 E-.0075 F3600
G1 X146.176 Y151.504 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.517352
G1 F7588.021
G1 X146.156 Y151.156 E.01345
; LINE_WIDTH: 0.558388
G1 F6983.945
G1 X146.135 Y150.809 E.01462
; LINE_WIDTH: 0.599424
G1 F6468.956
G1 X146.115 Y150.462 E.01578
; LINE_WIDTH: 0.624896
G1 F6185.822
G3 X146.118 Y149.574 I5.954 J-.422 E.04213
; LINE_WIDTH: 0.592833
G1 F6546.49
G1 X146.134 Y149.269 E.01368
; LINE_WIDTH: 0.56077
G1 F6951.821
G1 X146.151 Y149.071 E.00838
; LINE_WIDTH: 0.526311
G1 F7447.392
G1 X146.168 Y148.873 E.00783
; LINE_WIDTH: 0.491852
G1 F8019.044
G1 X146.186 Y148.676 E.00727
; LINE_WIDTH: 0.490008
G1 F8052.106
G1 X146.169 Y148.475 E.00732
M204 S10000
G1 X144.825 Y147.62 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.421168
G1 F9517.565
G1 X145.312 Y147.133 E.02123
G3 X145.173 Y146.737 I1.483 J-.744 E.01296
G1 X144.259 Y147.65 E.03981
G1 X143.419 Y147.956 E.02756
G1 X145.107 Y146.268 E.07358
G2 X145.035 Y145.805 I-5.472 J.622 E.01443
G1 X142.702 Y148.138 E.1017
G3 X142.061 Y148.244 I-.999 J-4.057 E.02004
G1 X144.948 Y145.357 E.12585
G1 X144.839 Y144.932 E.01354
G1 X141.476 Y148.294 E.14658
G3 X140.941 Y148.294 I-.264 J-3.793 E.01649
G1 X144.71 Y144.525 E.16427
G2 X144.566 Y144.134 I-2.582 J.726 E.01286
G1 X140.441 Y148.259 E.17981
G3 X139.969 Y148.196 I.185 J-3.171 E.01468
G1 X144.406 Y143.759 E.19339
G2 X144.226 Y143.404 I-2.586 J1.084 E.01228
G1 X139.519 Y148.111 E.20517
G3 X139.092 Y148.004 I.723 J-3.781 E.01359
G1 X144.029 Y143.067 E.21519
G2 X143.82 Y142.741 I-2.184 J1.169 E.01195
G1 X138.682 Y147.879 E.22397
G3 X138.287 Y147.738 I.888 J-3.12 E.01292
G1 X143.596 Y142.43 E.23141
G2 X143.355 Y142.135 I-2.079 J1.455 E.01173
G1 X137.899 Y147.592 E.23786
G3 X137.523 Y147.432 I1.553 J-4.165 E.01257
G1 X143.106 Y141.85 E.24335
G2 X142.844 Y141.577 I-2.51 J2.15 E.01167
G1 X137.155 Y147.266 E.24797
G1 X136.796 Y147.09 E.01233
G1 X142.568 Y141.318 E.25159
G2 X142.281 Y141.07 I-1.686 J1.652 E.0117
G1 X136.436 Y146.915 E.25479
G3 X136.082 Y146.734 I2.231 J-4.823 E.01226
G1 X141.983 Y140.833 E.25725
G1 X141.685 Y140.596 E.01173
G1 X135.733 Y146.548 E.25945
G1 X135.385 Y146.362 E.01218
G1 X141.381 Y140.365 E.26138
G1 X141.063 Y140.148 E.01186
G1 X135.036 Y146.175 E.26271
G1 X134.688 Y145.989 E.01218
G1 X140.745 Y139.931 E.26404
G1 X140.427 Y139.714 E.01186
G1 X134.339 Y145.802 E.26537
G1 X133.991 Y145.616 E.01218
G1 X140.099 Y139.507 E.26625
G1 X139.77 Y139.301 E.01196
G1 X133.636 Y145.436 E.26739
G1 X133.281 Y145.256 E.01227
G1 X139.441 Y139.095 E.26852
G1 X139.112 Y138.89 E.01196
G1 X132.921 Y145.081 E.26989
G1 X132.552 Y144.915 E.01247
G1 X138.783 Y138.684 E.27164
G1 X138.454 Y138.478 E.01196
G1 X132.182 Y144.75 E.2734
G2 X131.806 Y144.591 I-1.354 J2.686 E.0126
G1 X138.126 Y138.272 E.27547
G1 X137.797 Y138.066 E.01196
G1 X131.415 Y144.447 E.27816
G2 X131.017 Y144.311 I-1.324 J3.225 E.01299
G1 X137.472 Y137.856 E.28137
G1 X137.154 Y137.639 E.01186
G1 X130.606 Y144.187 E.28542
G2 X130.178 Y144.079 I-1.035 J3.22 E.0136
G1 X136.839 Y137.418 E.29036
G1 X136.532 Y137.19 E.01179
G1 X129.732 Y143.99 E.29642
G1 X129.268 Y143.919 E.01447
G1 X136.23 Y136.957 E.30347
G1 X135.937 Y136.716 E.01171
G1 X128.776 Y143.877 E.31214
G2 X128.263 Y143.855 I-.37 J2.661 E.01585
G1 X131.549 Y140.568 E.14325
G1 X130.943 Y140.64 E.01881
G1 X127.707 Y143.875 E.14104
G2 X127.109 Y143.939 I.071 J3.524 E.01857
G1 X130.318 Y140.73 E.13988
G2 X129.657 Y140.856 I.782 J5.896 E.02075
G1 X126.439 Y144.074 E.1403
G2 X125.693 Y144.285 I.754 J4.09 E.02393
G1 X128.953 Y141.025 E.14213
G2 X128.192 Y141.251 I1.941 J7.922 E.02449
G1 X124.813 Y144.63 E.14728
G2 X123.645 Y145.263 I3.767 J8.342 E.041
G1 X127.316 Y141.592 E.16003
G2 X126.22 Y142.153 I3.966 J9.096 E.03798
G1 X123.38 Y144.993 E.12379
G1 E-.35 F3600
; WIPE_START
G1 F9517.565
G1 X124.794 Y143.579 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X123.799 Y154.634 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.421103
G1 F9519.201
G1 X123.53 Y154.903 E.01173
G1 X123.705 Y155.264 E.01234
G1 X124.01 Y154.958 E.01331
G2 X124.361 Y155.142 I1.672 J-2.759 E.01221
G1 X123.9 Y155.603 E.02007
G2 X124.109 Y155.929 I1.792 J-.914 E.01195
G1 X124.713 Y155.325 E.02634
G1 X125.09 Y155.483 E.01259
G1 X124.338 Y156.235 E.03275
G2 X124.584 Y156.524 I2.015 J-1.463 E.0117
G1 X125.467 Y155.641 E.03847
G1 X125.873 Y155.77 E.01313
G1 X124.848 Y156.795 E.04468
G1 X125.122 Y157.055 E.01166
G1 X126.283 Y155.894 E.05061
G1 X126.724 Y155.988 E.01389
G1 X125.421 Y157.291 E.05679
G1 X125.722 Y157.525 E.01174
G1 X127.179 Y156.068 E.06349
G2 X127.658 Y156.124 I.552 J-2.647 E.01488
G1 X126.044 Y157.738 E.07031
G2 X126.376 Y157.941 I1.821 J-2.594 E.01199
G1 X128.176 Y156.141 E.07844
G2 X128.724 Y156.127 I.201 J-2.919 E.01694
G1 X126.722 Y158.13 E.08728
G1 X127.082 Y158.304 E.01235
G1 X129.315 Y156.071 E.09732
G2 X129.949 Y155.973 I-.304 J-4.043 E.01977
G1 X127.454 Y158.467 E.10872
G2 X127.835 Y158.622 I1.311 J-2.687 E.01266
G1 X130.658 Y155.798 E.12307
G2 X131.449 Y155.542 I-1.603 J-6.304 E.02563
G1 X128.236 Y158.755 E.14002
G1 X128.638 Y158.888 E.01304
G1 X132.34 Y155.186 E.16134
G2 X133.342 Y154.718 I-5.633 J-13.378 E.03411
G1 X129.057 Y159.003 E.18675
G2 X129.484 Y159.112 I1.18 J-3.753 E.01357
G1 X134.482 Y154.114 E.21781
G1 X135.621 Y153.51 E.03974
G1 X129.929 Y159.201 E.24807
G2 X130.385 Y159.28 I1.146 J-5.309 E.01428
G1 X136.728 Y152.937 E.27642
G3 X137.698 Y152.502 I4.735 J9.247 E.0328
G1 X130.847 Y159.353 E.29859
G1 X131.327 Y159.408 E.01488
G1 X138.584 Y152.151 E.31627
G3 X139.336 Y151.933 I2.272 J6.449 E.02415
G1 X131.782 Y159.488 E.32922
G1 X132.135 Y159.67 E.01223
G1 X140.007 Y151.797 E.3431
G3 X140.616 Y151.723 I.798 J4.015 E.01892
G1 X132.421 Y159.918 E.35716
G3 X132.607 Y160.267 I-.843 J.674 E.01225
G1 X141.168 Y151.706 E.37309
G3 X141.693 Y151.716 I.179 J4.513 E.01619
G1 X132.706 Y160.703 E.39165
G3 X132.551 Y161.393 I-1.434 J.04 E.02203
G1 X142.174 Y151.769 E.41942
G3 X142.631 Y151.847 I-.273 J2.969 E.01429
G1 X132.165 Y162.313 E.45612
G2 X131.874 Y163.139 I14.967 J5.735 E.02698
G1 X143.067 Y151.946 E.48781
G1 X143.485 Y152.063 E.01338
G1 X131.672 Y163.876 E.51486
G2 X131.509 Y164.574 I4.878 J1.507 E.0221
G1 X143.882 Y152.202 E.53922
G3 X144.266 Y152.351 I-1.202 J3.657 E.01274
G1 X131.399 Y165.219 E.56079
G2 X131.338 Y165.815 I5.063 J.819 E.01847
G1 X144.644 Y152.509 E.57988
G2 X145.066 Y152.622 I.777 J-2.072 E.01349
G1 X131.319 Y166.369 E.59913
G2 X131.324 Y166.899 I3.422 J.232 E.01634
G1 X145.264 Y152.959 E.60753
G1 X145.212 Y153.095 E.00449
G1 X145.122 Y153.635 E.01688
G1 X131.359 Y167.398 E.59981
G2 X131.423 Y167.869 I3.405 J-.223 E.01466
G1 X145.015 Y154.277 E.59235
M73 P64 R4
G3 X144.866 Y154.961 I-4.028 J-.517 E.02157
G1 X138.052 Y161.775 E.29697
G1 X139.483 Y160.878 E.05203
G1 X144.619 Y155.743 E.22382
G3 X144.13 Y156.767 I-7.08 J-2.754 E.03501
G1 X140.379 Y160.518 E.16348
G1 E-.35 F3600
; WIPE_START
G1 F9519.201
G1 X141.793 Y159.104 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X146.598 Y159.024 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.42472
G1 F9429.02
G1 X150.141 Y155.481 E.15588
G2 X150.386 Y155.776 I.716 J-.346 E.01205
G1 X146.532 Y159.631 E.16959
G2 X146.28 Y160.422 I8.588 J3.166 E.02585
G1 X150.682 Y156.02 E.19368
G1 X150.978 Y156.264 E.01193
G1 X146.131 Y161.111 E.21327
G1 X146.037 Y161.746 E.01996
G1 X151.274 Y156.508 E.23046
G3 X151.561 Y156.761 I-1.324 J1.785 E.01192
G1 X145.959 Y162.363 E.24646
G1 X145.915 Y162.947 E.01822
G1 X151.834 Y157.029 E.2604
G3 X152.09 Y157.312 I-1.76 J1.852 E.0119
G1 X145.874 Y163.528 E.2735
G1 X145.854 Y164.088 E.01744
G1 X152.338 Y157.604 E.28527
G1 X152.569 Y157.913 E.012
G1 X145.834 Y164.648 E.29633
G1 X145.814 Y165.208 E.01744
G1 X152.786 Y158.236 E.30675
G3 X152.985 Y158.577 I-2.317 J1.586 E.01229
G1 X145.794 Y165.768 E.31641
G1 X145.774 Y166.328 E.01744
G1 X153.173 Y158.929 E.32556
G1 X153.341 Y159.301 E.0127
G1 X145.749 Y166.893 E.33401
G1 X145.706 Y167.476 E.01821
G1 X153.49 Y159.691 E.34252
G3 X153.626 Y160.095 I-3.15 J1.285 E.01327
G1 X145.639 Y168.083 E.35143
G3 X145.545 Y168.717 I-6.42 J-.63 E.01995
G1 X153.742 Y160.519 E.36068
G1 X153.844 Y160.957 E.01399
G1 X145.41 Y169.391 E.37109
G3 X145.215 Y170.126 I-5.4 J-1.038 E.02367
G1 X153.922 Y161.42 E.38308
G3 X153.991 Y161.89 I-5.095 J.991 E.0148
G1 X144.911 Y170.971 E.39952
G1 X144.52 Y171.787 E.02816
G1 X144.333 Y172.088 E.01102
G1 X154.046 Y162.375 E.42735
G1 X154.081 Y162.88 E.01574
G1 X141.551 Y175.41 E.55131
G2 X142.109 Y175.392 I.183 J-2.967 E.01739
G1 X154.117 Y163.385 E.52831
G3 X154.14 Y163.902 I-7.633 J.595 E.01611
G1 X142.722 Y175.319 E.50236
G2 X143.443 Y175.138 I-3.291 J-14.617 E.02314
G1 X154.158 Y164.423 E.47145
G1 X154.177 Y164.944 E.01623
G1 X144.299 Y174.822 E.43461
G2 X145.51 Y174.151 I-2.516 J-5.968 E.04316
G1 X154.196 Y165.465 E.38215
G1 X154.214 Y165.987 E.01623
G1 X150.02 Y170.181 E.18455
G3 X150.484 Y170.257 I.051 J1.147 E.01474
G1 X154.233 Y166.508 E.16495
G2 X154.26 Y167.021 I6.508 J-.088 E.01598
G1 X150.817 Y170.464 E.1515
G3 X151.087 Y170.734 I-.899 J1.168 E.01191
G1 X154.298 Y167.523 E.1413
G2 X154.353 Y168.008 I6.288 J-.462 E.0152
G1 X151.317 Y171.043 E.13355
G1 X151.548 Y171.353 E.012
G1 X154.417 Y168.484 E.12623
G1 X154.496 Y168.945 E.01455
G1 X151.788 Y171.653 E.11916
G2 X152.033 Y171.948 I3.985 J-3.068 E.01193
G1 X154.59 Y169.391 E.11248
G2 X154.693 Y169.828 I3.265 J-.539 E.01398
G1 X152.286 Y172.235 E.10589
G2 X152.553 Y172.507 I2.499 J-2.188 E.01189
G1 X154.82 Y170.241 E.09971
G2 X154.961 Y170.64 I2.741 J-.746 E.01317
G1 X152.822 Y172.779 E.09412
G2 X153.091 Y173.05 I2.061 J-1.778 E.01189
G1 X155.113 Y171.028 E.08897
G2 X155.285 Y171.396 I2.129 J-.772 E.01265
G1 X153.378 Y173.302 E.0839
G2 X153.67 Y173.55 I2.9 J-3.121 E.01192
G1 X155.465 Y171.756 E.07896
G2 X155.669 Y172.092 I1.823 J-.877 E.01225
G1 X153.971 Y173.789 E.07469
G1 X154.287 Y174.014 E.01205
G1 X155.877 Y172.423 E.06996
G2 X156.107 Y172.733 I1.825 J-1.113 E.01202
G1 X154.614 Y174.227 E.06569
G1 X154.948 Y174.432 E.01221
G1 X156.345 Y173.035 E.06149
G1 X156.603 Y173.317 E.01189
G1 X155.297 Y174.623 E.05746
G2 X155.655 Y174.805 I1.273 J-2.071 E.01252
G1 X156.864 Y173.596 E.05319
G1 X157.147 Y173.853 E.01189
G1 X156.037 Y174.963 E.04884
G2 X156.434 Y175.105 I1.221 J-2.773 E.01314
G1 X157.432 Y174.108 E.0439
G1 X157.74 Y174.34 E.01199
G1 X156.855 Y175.225 E.03894
G2 X157.309 Y175.311 I.652 J-2.209 E.01441
G1 X158.048 Y174.572 E.03249
G2 X158.377 Y174.783 I1.471 J-1.939 E.01218
G1 X157.783 Y175.377 E.02615
G2 X158.291 Y175.409 I.39 J-2.147 E.01587
G1 X158.708 Y174.992 E.01836
G1 X159.056 Y175.184 E.01236
G1 X158.667 Y175.573 E.0171
G1 E-.35 F3600
; WIPE_START
G1 F9429.02
G1 X159.056 Y175.184 E-.03917
G1 X158.708 Y174.992 E-.02831
G1 X158.291 Y175.409 E-.04204
G1 X157.958 Y175.402 E-.0237
G1 X157.829 Y175.384 E-.00928
; WIPE_END
G1 E-.0075 F3600
G1 X167.111 Y170.396 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.422545
G1 F9483.042
G1 X168.104 Y169.404 E.04342
G2 X168.421 Y168.549 I-4.436 J-2.135 E.02824
G1 X167.282 Y169.689 E.04984
G1 X167.242 Y169.192 E.01542
G1 X168.577 Y167.857 E.05841
G1 X168.66 Y167.237 E.01935
G1 X167.191 Y168.706 E.06426
G1 X167.112 Y168.248 E.01437
G1 X168.689 Y166.671 E.06897
G2 X168.683 Y166.14 I-17.119 J-.099 E.01645
G1 X167.016 Y167.807 E.07296
G2 X166.902 Y167.384 I-2.463 J.434 E.01358
G1 X168.646 Y165.64 E.0763
G2 X168.588 Y165.161 I-4.008 J.243 E.01493
G1 X166.76 Y166.989 E.07997
G2 X166.615 Y166.597 I-2.015 J.522 E.01295
G1 X168.512 Y164.7 E.08297
G1 X168.42 Y164.256 E.01405
G1 X166.442 Y166.234 E.08653
G2 X166.261 Y165.878 I-1.975 J.784 E.01236
G1 X168.317 Y163.821 E.08998
G1 X168.196 Y163.406 E.0134
G1 X166.059 Y165.542 E.09348
G2 X165.85 Y165.215 I-1.843 J.948 E.01204
G1 X168.075 Y162.99 E.09735
G2 X167.938 Y162.59 I-3.192 J.876 E.01307
G1 X165.623 Y164.905 E.10128
G2 X165.388 Y164.603 I-1.98 J1.295 E.01185
G1 X167.788 Y162.204 E.10498
G1 X167.63 Y161.825 E.0127
G1 X165.139 Y164.316 E.10897
G2 X164.878 Y164.04 I-1.998 J1.628 E.01176
G1 X167.472 Y161.446 E.11347
G3 X167.325 Y161.056 I2.126 J-1.023 E.01291
G1 X164.609 Y163.772 E.11882
G2 X164.329 Y163.515 I-2.026 J1.923 E.01176
G1 X167.307 Y160.536 E.1303
G3 X167.558 Y159.951 I1.29 J.206 E.01989
G3 X167.853 Y159.661 I.781 J.5 E.01293
G3 X168.407 Y159.437 I.982 J1.63 E.01854
G1 X171.7 Y156.144 E.14405
G3 X171.186 Y156.121 I-.138 J-2.666 E.01593
G1 X164.042 Y163.265 E.31255
G2 X163.745 Y163.025 I-2.111 J2.311 E.01182
G1 X170.693 Y156.077 E.30397
G1 X170.229 Y156.004 E.01453
G1 X163.441 Y162.793 E.29697
G2 X163.134 Y162.562 I-2.425 J2.904 E.01187
G1 X169.784 Y155.912 E.29093
G3 X169.357 Y155.802 I.627 J-3.324 E.01365
G1 X162.816 Y162.343 E.28616
G1 X162.498 Y162.124 E.01194
G1 X168.945 Y155.678 E.28203
G3 X168.547 Y155.539 I.927 J-3.295 E.01305
G1 X162.171 Y161.914 E.27892
G1 X161.841 Y161.708 E.01205
G1 X168.155 Y155.394 E.27622
G3 X167.778 Y155.233 I.995 J-2.862 E.01267
G1 X161.511 Y161.501 E.27419
G1 X161.181 Y161.294 E.01205
G1 X167.408 Y155.067 E.27243
G1 X167.038 Y154.9 E.01256
G1 X160.851 Y161.087 E.27067
G1 X160.521 Y160.881 E.01205
G1 X166.678 Y154.724 E.26936
G1 X166.321 Y154.543 E.01236
G1 X160.19 Y160.674 E.26822
G1 X159.86 Y160.467 E.01205
G1 X165.966 Y154.361 E.26712
G1 X165.617 Y154.174 E.01227
G1 X159.532 Y160.259 E.2662
G1 X159.209 Y160.045 E.01198
G1 X165.267 Y153.987 E.26501
G1 X164.917 Y153.8 E.01227
G1 X158.89 Y159.827 E.26367
G1 X158.582 Y159.599 E.01187
G1 X164.567 Y153.613 E.26187
G1 X164.218 Y153.426 E.01227
G1 X158.273 Y159.37 E.26006
G3 X157.965 Y159.141 I1.845 J-2.802 E.01188
G1 X163.868 Y153.239 E.25823
G2 X163.513 Y153.057 I-3.611 J6.62 E.01234
G1 X157.672 Y158.897 E.2555
G3 X157.39 Y158.642 I2.08 J-2.587 E.01177
G1 X163.155 Y152.878 E.25219
G1 X162.784 Y152.712 E.01257
G1 X157.114 Y158.382 E.24805
G1 X156.852 Y158.107 E.01175
G1 X162.413 Y152.546 E.24328
G2 X162.038 Y152.384 I-1.509 J2.984 E.01265
G1 X156.605 Y157.817 E.23769
G3 X156.367 Y157.518 I1.869 J-1.735 E.01183
G1 X161.648 Y152.237 E.23104
G2 X161.248 Y152.1 I-1.261 J3.021 E.01308
G1 X156.142 Y157.206 E.22339
G3 X155.936 Y156.875 I2.009 J-1.479 E.01207
G1 X160.836 Y151.975 E.21437
G1 X160.404 Y151.87 E.01375
G1 X155.741 Y156.533 E.20398
G3 X155.565 Y156.173 I2.445 J-1.42 E.01243
G1 X159.948 Y151.789 E.19176
G2 X159.469 Y151.732 I-.623 J3.161 E.01495
G1 X155.404 Y155.797 E.17783
G3 X155.265 Y155.399 I2.479 J-1.094 E.01304
G1 X158.96 Y151.704 E.16166
M73 P65 R4
G2 X158.413 Y151.714 I-.185 J4.931 E.01692
G1 X155.14 Y154.987 E.14318
G3 X155.032 Y154.558 I2.975 J-.982 E.01368
G1 X157.82 Y151.77 E.12198
G2 X157.165 Y151.888 I.43 J4.261 E.02061
G1 X154.949 Y154.104 E.09696
G3 X154.883 Y153.633 I4.352 J-.846 E.01473
G1 X156.422 Y152.095 E.06731
G1 X155.564 Y152.416 E.02835
G1 X154.806 Y153.173 E.03313
G2 X154.638 Y152.805 I-.907 J.192 E.01263
G1 X155.004 Y152.438 E.01604
G1 X152.033 Y152.499 F30000
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X153.181 Y151.352 E.04987
G1 X153.181 Y150.818
G1 X150.772 Y153.228 E.1047
G1 X149.869 Y153.597
G1 X153.181 Y150.285 E.14394
G1 X153.181 Y149.752
G1 X149.531 Y153.402 E.15863
M204 S10000
G1 X150.438 Y151.962 F30000
M204 S2000
G1 F9547.055
G1 X149.193 Y153.207 E.05411
G1 X148.854 Y153.012
G1 X149.862 Y152.005 E.04377
G1 X149.417 Y151.917
G1 X148.516 Y152.817 E.03912
G1 X148.178 Y152.622
G1 X149.043 Y151.757 E.03757
G1 X148.718 Y151.548
G1 X147.84 Y152.426 E.03815
G1 X147.502 Y152.231
G1 X148.454 Y151.279 E.04136
G1 X148.245 Y150.956
G1 X147.164 Y152.036 E.04695
G1 X146.826 Y151.841
G1 X148.08 Y150.587 E.05448
G1 X147.991 Y150.143
G1 X146.819 Y151.315 E.05092
G1 X146.819 Y150.781
G1 X148.03 Y149.571 E.05262
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X146.819 Y150.781 E-.12201
G1 X146.819 Y151.069 E-.02049
; WIPE_END
G1 E-.0075 F3600
G1 X151.955 Y150.445 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X153.181 Y149.219 E.0533
G1 X153.181 Y148.685
G1 X151.997 Y149.869 E.05144
G1 X151.925 Y149.408
G1 X153.174 Y148.159 E.05426
G1 X152.836 Y147.964
G1 X151.762 Y149.038 E.04667
G1 X151.539 Y148.728
G1 X152.498 Y147.769 E.04168
G1 X152.16 Y147.574
G1 X151.279 Y148.454 E.03827
G1 X150.958 Y148.242
G1 X151.822 Y147.378 E.03752
G1 X151.484 Y147.183
G1 X150.581 Y148.086 E.03922
G1 X150.137 Y147.997
G1 X151.145 Y146.988 E.04384
G1 X150.807 Y146.793
G1 X149.565 Y148.036 E.054
M204 S10000
G1 X150.469 Y146.598 F30000
M204 S2000
G1 F9547.055
G1 X146.819 Y150.248 E.15863
G1 X146.819 Y149.715
G1 X150.131 Y146.402 E.14394
G1 X149.228 Y146.773
G1 X146.819 Y149.182 E.10468
G1 X146.819 Y148.648
G1 X147.966 Y147.501 E.04986
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X146.819 Y148.648 E-.11561
G1 X146.819 Y149.026 E-.02689
; WIPE_END
G1 E-.0075 F3600
G1 X147.92 Y149.947 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.102541
G1 F15000
G1 X148.006 Y150.158 E.0011
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X147.92 Y149.947 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X151.972 Y152.438 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.20101
G1 F15000
G1 X151.805 Y152.567 E.00272
; LINE_WIDTH: 0.155874
G1 X151.638 Y152.695 E.00194
; LINE_WIDTH: 0.110738
G1 X151.471 Y152.823 E.00116
G1 X153.2 Y151.736 F30000
; LINE_WIDTH: 0.188708
G1 F15000
G1 X153.044 Y151.856 E.00233
; LINE_WIDTH: 0.148492
G1 X152.888 Y151.975 E.00169
; LINE_WIDTH: 0.108277
G1 X152.732 Y152.095 E.00105
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X152.888 Y151.975 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X147.267 Y147.905 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.108261
G1 F15000
G1 X147.111 Y148.025 E.00105
; LINE_WIDTH: 0.148444
G1 X146.956 Y148.144 E.00169
; LINE_WIDTH: 0.188627
G1 X146.8 Y148.264 E.00233
G1 X148.529 Y147.177 F30000
; LINE_WIDTH: 0.110738
G1 F15000
G1 X148.362 Y147.305 E.00117
; LINE_WIDTH: 0.155874
G1 X148.194 Y147.434 E.00194
; LINE_WIDTH: 0.20101
G1 X148.027 Y147.562 E.00272
G1 X149.575 Y148.046 F30000
; LINE_WIDTH: 0.103455
G1 F15000
G1 X149.35 Y147.984 E.00116
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X149.575 Y148.046 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X151.945 Y150.435 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.18084
G1 F15000
G1 X151.982 Y150.587 E.00176
; LINE_WIDTH: 0.157584
G1 X151.905 Y150.7 E.00128
; LINE_WIDTH: 0.111308
G1 X151.828 Y150.813 E.00076
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X151.905 Y150.7 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X149.704 Y144.573 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.423447
G1 F9460.564
G1 X153.144 Y141.133 E.15086
G2 X153.524 Y140.215 I-9.698 J-4.551 E.03082
G1 X149.56 Y144.179 E.17385
G1 X149.265 Y143.936 E.01185
G1 X153.749 Y139.452 E.19665
G2 X153.885 Y138.777 I-4.116 J-1.183 E.02136
G1 X148.97 Y143.693 E.21557
G1 X148.674 Y143.45 E.01185
G1 X153.98 Y138.145 E.23265
G2 X154.048 Y137.538 I-4.137 J-.774 E.01894
G1 X148.393 Y143.193 E.24799
G1 X148.121 Y142.927 E.0118
G1 X154.092 Y136.956 E.26184
G2 X154.129 Y136.381 I-7.245 J-.755 E.01788
G1 X147.869 Y142.641 E.27453
G3 X147.626 Y142.346 I1.771 J-1.707 E.01187
G1 X154.149 Y135.823 E.28607
G1 X154.169 Y135.265 E.01732
G1 X147.395 Y142.039 E.29706
G3 X147.182 Y141.714 I2.179 J-1.66 E.01206
G1 X154.189 Y134.706 E.30728
G1 X154.209 Y134.148 E.01732
G1 X146.986 Y141.371 E.31674
G3 X146.803 Y141.017 I2.17 J-1.349 E.01239
G1 X154.229 Y133.59 E.32567
G3 X154.258 Y133.023 I6.692 J.052 E.0176
G1 X146.636 Y140.646 E.33425
G3 X146.49 Y140.253 I2.538 J-1.167 E.01299
G1 X154.304 Y132.44 E.34265
G3 X154.37 Y131.835 I7.865 J.557 E.01886
G1 X146.357 Y139.848 E.35137
G3 X146.244 Y139.423 I3.651 J-1.198 E.01365
G1 X154.469 Y131.198 E.36068
G3 X154.611 Y130.518 I5.571 J.806 E.02154
G1 X146.145 Y138.984 E.37125
G1 X146.069 Y138.522 E.01451
G1 X154.812 Y129.778 E.38343
G1 X155.131 Y128.921 E.02835
G1 X146.002 Y138.051 E.40033
G3 X145.95 Y137.565 I4.997 J-.783 E.01516
G1 X155.772 Y127.742 E.43074
G3 X158.151 Y125.363 I6.859 J4.48 E.10507
G1 X158.902 Y124.613 E.03292
G2 X158.376 Y124.6 I-.322 J2.41 E.01632
G1 X145.914 Y137.062 E.54649
G1 X145.879 Y136.559 E.01564
G1 X157.827 Y124.611 E.52394
G2 X157.201 Y124.698 I.26 J4.138 E.01961
G1 X145.86 Y136.04 E.49734
G1 X145.843 Y135.518 E.01617
G1 X156.478 Y124.883 E.46638
G1 X156.308 Y124.934 E.0055
G1 X155.604 Y125.219 E.02355
G1 X145.826 Y134.997 E.42879
G1 X145.81 Y134.476 E.01617
G1 X154.88 Y125.406 E.39774
G1 X145.628 Y134.119 F30000
G1 F9460.564
G1 X149.925 Y129.822 E.18843
G3 X149.483 Y129.726 I.044 J-1.273 E.01411
G1 X145.765 Y133.444 E.16302
G1 X145.738 Y132.933 E.01585
G1 X149.158 Y129.513 E.14998
G3 X148.893 Y129.239 I.93 J-1.162 E.01183
G1 X145.689 Y132.444 E.14052
G1 X145.639 Y131.955 E.01522
G1 X148.664 Y128.931 E.13263
G1 X148.434 Y128.623 E.01192
G1 X145.577 Y131.48 E.12528
G1 X145.498 Y131.02 E.01445
G1 X148.194 Y128.324 E.11821
G2 X147.949 Y128.032 I-3.925 J3.039 E.01185
G1 X145.403 Y130.577 E.11163
G2 X145.299 Y130.143 I-3.237 J.549 E.01385
G1 X147.697 Y127.745 E.10515
G2 X147.433 Y127.471 I-2.936 J2.563 E.01181
G1 X145.172 Y129.732 E.09913
G2 X145.03 Y129.336 I-2.722 J.755 E.01305
G1 X147.167 Y127.198 E.09375
G2 X146.888 Y126.94 I-2.319 J2.226 E.01182
G1 X144.878 Y128.949 E.08813
G2 X144.705 Y128.585 I-2.068 J.761 E.01254
G1 X146.606 Y126.684 E.08337
G1 X146.311 Y126.44 E.01185
G1 X144.525 Y128.226 E.07833
G2 X144.322 Y127.891 I-1.903 J.923 E.01217
G1 X146.013 Y126.2 E.07414
G2 X145.701 Y125.974 I-2.132 J2.597 E.01195
G1 X144.115 Y127.56 E.06956
G1 X143.882 Y127.255 E.0119
G1 X145.375 Y125.762 E.06547
G2 X145.043 Y125.556 I-1.654 J2.291 E.01213
G1 X143.647 Y126.952 E.06122
G1 X143.389 Y126.671 E.01181
G1 X144.696 Y125.364 E.05731
G1 X144.326 Y125.197 E.01261
G1 X143.127 Y126.395 E.05257
G1 X142.846 Y126.138 E.01181
G1 X143.949 Y125.036 E.04834
G1 X143.554 Y124.892 E.01301
G1 X142.554 Y125.892 E.04387
G1 X142.25 Y125.658 E.0119
G1 X143.135 Y124.773 E.03881
G2 X142.688 Y124.681 I-.749 J2.517 E.01415
G1 X141.946 Y125.424 E.03256
G2 X141.615 Y125.216 I-1.214 J1.566 E.01212
G1 X142.217 Y124.615 E.02636
G2 X141.691 Y124.602 I-.327 J2.571 E.01631
G1 X141.284 Y125.01 E.01787
G2 X140.939 Y124.817 I-1.325 J1.966 E.01228
G1 X141.317 Y124.438 E.0166
G1 E-.35 F3600
; WIPE_START
G1 F9460.564
G1 X140.939 Y124.817 E-.03814
G1 X141.284 Y125.01 E-.02818
G1 X141.691 Y124.602 E-.04106
G1 X142.008 Y124.597 E-.02255
G1 X142.184 Y124.612 E-.01257
; WIPE_END
G1 E-.0075 F3600
G1 X132.887 Y129.602 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.421168
G1 F9517.565
G1 X131.899 Y130.59 E.04305
G2 X131.58 Y131.444 I6.754 J3.007 E.02809
G1 X132.724 Y130.3 E.04984
G2 X132.75 Y130.808 I3.134 J.091 E.01571
G1 X131.428 Y132.131 E.05763
G1 X131.342 Y132.752 E.01934
G1 X132.811 Y131.283 E.06403
G2 X132.885 Y131.743 I2.558 J-.177 E.0144
G1 X131.312 Y133.317 E.06858
G2 X131.316 Y133.848 I18.075 J.14 E.01638
G1 X132.982 Y132.181 E.07264
G2 X133.099 Y132.599 I2.232 J-.401 E.01339
G1 X131.353 Y134.346 E.07614
G2 X131.41 Y134.824 I4.01 J-.236 E.01484
G1 X133.23 Y133.003 E.07936
G2 X133.383 Y133.386 I2.235 J-.669 E.01271
G1 X131.485 Y135.283 E.08271
G1 X131.577 Y135.727 E.01396
M73 P66 R4
G1 X133.548 Y133.756 E.08591
G1 X133.734 Y134.104 E.01218
G1 X131.676 Y136.162 E.08971
G1 X131.791 Y136.582 E.01341
G1 X133.927 Y134.446 E.09311
G1 X134.139 Y134.769 E.01191
G1 X131.919 Y136.989 E.09679
G2 X132.054 Y137.389 I4.743 J-1.391 E.013
G1 X134.366 Y135.077 E.10078
G1 X134.603 Y135.375 E.01174
G1 X132.203 Y137.775 E.1046
G2 X132.354 Y138.159 I4.567 J-1.574 E.01272
G1 X134.845 Y135.668 E.10859
G1 X135.103 Y135.944 E.01167
G1 X132.516 Y138.532 E.11279
G3 X132.663 Y138.919 I-.989 J.599 E.01285
G1 X135.373 Y136.209 E.11812
G1 X135.65 Y136.468 E.01166
G1 X132.478 Y139.64 E.13826
G1 E-.35 F3600
; WIPE_START
G1 F9517.565
G1 X133.892 Y138.226 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X133.918 Y165.909 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.421103
G1 F9519.201
G1 X131.514 Y168.313 E.10478
G2 X131.634 Y168.728 I2.577 J-.524 E.01331
G1 X133.165 Y167.196 E.06674
G2 X132.954 Y167.942 I3.777 J1.472 E.02393
G1 X131.786 Y169.111 E.05092
G1 X131.94 Y169.492 E.01266
G1 X132.824 Y168.608 E.03852
G1 X132.748 Y169.218 E.01895
G1 X132.12 Y169.847 E.0274
G2 X132.318 Y170.183 I2.515 J-1.258 E.01204
G1 X132.72 Y169.781 E.01752
G2 X132.716 Y170.32 I4.394 J.308 E.01664
G1 X132.414 Y170.622 E.01316
G1 E-.35 F3600
; WIPE_START
G1 F9519.201
G1 X132.716 Y170.32 E-.03042
G1 X132.72 Y169.781 E-.03844
G1 X132.318 Y170.183 E-.04052
G1 X132.12 Y169.847 E-.02782
G1 X132.172 Y169.794 E-.00529
; WIPE_END
G1 E-.0075 F3600
G1 X140.885 Y175.537 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.42472
G1 F9429.02
G1 X142.402 Y174.019 E.06678
G1 E-.35 F3600
; WIPE_START
G1 F9429.02
G1 X140.988 Y175.433 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X173.291 Y158.311 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.422545
G1 F9483.042
G1 X176.236 Y155.365 E.12886
G2 X176.621 Y154.568 I-4.109 J-2.473 E.02742
G3 X176.29 Y154.775 I-1.524 J-2.072 E.01208
G1 X172.635 Y158.43 E.15992
G3 X171.765 Y158.763 I-4.793 J-11.222 E.02881
G1 X175.134 Y155.394 E.14739
G3 X174.262 Y155.729 I-2.465 J-5.117 E.02892
G1 X171.004 Y158.987 E.14254
G3 X170.301 Y159.154 I-2.132 J-7.425 E.02238
G1 X173.52 Y155.935 E.14083
G3 X172.852 Y156.065 I-1.018 J-3.432 E.02107
G1 X169.64 Y159.277 E.14052
G3 X169.015 Y159.365 I-1.215 J-6.37 E.01953
G1 X172.437 Y155.943 E.1497
G1 E-.35 F3600
; WIPE_START
G1 F9483.042
G1 X171.023 Y157.358 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X176.197 Y145.364 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.421342
G1 F9513.189
G1 X176.469 Y145.092 E.01186
G1 X176.298 Y144.727 E.01241
G1 X175.986 Y145.039 E.01362
G2 X175.634 Y144.856 I-1.574 J2.6 E.01225
G1 X176.1 Y144.391 E.02031
G2 X175.889 Y144.067 I-1.864 J.983 E.01194
G1 X175.28 Y144.675 E.02653
G2 X174.904 Y144.516 I-1.163 J2.223 E.01261
G1 X175.656 Y143.764 E.03276
G1 X175.404 Y143.481 E.01169
G1 X174.526 Y144.359 E.03828
G2 X174.122 Y144.227 I-.92 J2.137 E.01311
G1 X175.151 Y143.198 E.04488
G1 X174.873 Y142.941 E.01168
G1 X173.71 Y144.105 E.05073
G1 X173.269 Y144.011 E.01391
G1 X174.577 Y142.702 E.05707
G2 X174.273 Y142.471 I-1.867 J2.151 E.01179
G1 X172.814 Y143.931 E.06364
G2 X172.334 Y143.875 I-.549 J2.654 E.01492
G1 X173.955 Y142.254 E.07072
G1 X173.618 Y142.056 E.01206
G1 X171.815 Y143.859 E.07861
G2 X171.267 Y143.871 I-.202 J3.077 E.01693
G1 X173.267 Y141.872 E.08721
G1 X172.91 Y141.694 E.01231
G1 X170.671 Y143.933 E.09764
G2 X170.038 Y144.031 I.275 J3.882 E.01977
G1 X172.538 Y141.531 E.10902
G2 X172.159 Y141.374 I-1.622 J3.392 E.01264
G1 X169.326 Y144.207 E.12353
G2 X168.534 Y144.464 I1.658 J6.458 E.0257
G1 X171.763 Y141.235 E.14082
G2 X171.355 Y141.108 I-1.813 J5.099 E.01318
G1 X167.64 Y144.823 E.16202
G2 X166.632 Y145.295 I11.31 J25.437 E.03431
G1 X170.933 Y140.994 E.18756
G2 X170.506 Y140.886 I-1.176 J3.76 E.0136
G1 X165.493 Y145.9 E.21863
G1 X164.353 Y146.505 E.03979
G1 X170.061 Y140.796 E.24893
G2 X169.604 Y140.718 I-1.142 J5.317 E.01431
G1 X163.261 Y147.061 E.2766
G3 X162.275 Y147.512 I-3.591 J-6.553 E.03345
G1 X169.141 Y140.646 E.29941
G1 X168.661 Y140.591 E.0149
G1 X161.397 Y147.855 E.31678
G3 X160.646 Y148.071 I-2.258 J-6.44 E.02411
G1 X168.207 Y140.509 E.32976
G1 X167.854 Y140.327 E.01225
G1 X159.976 Y148.206 E.34358
G3 X159.368 Y148.278 I-.788 J-4.009 E.01889
G1 X167.574 Y140.072 E.35787
G3 X167.388 Y139.723 I.77 J-.633 E.01228
G1 X158.812 Y148.299 E.37402
G3 X158.293 Y148.283 I-.145 J-3.691 E.01602
G1 X167.294 Y139.282 E.39253
G3 X167.461 Y138.58 I1.49 J-.016 E.02249
G1 X157.812 Y148.229 E.4208
G3 X157.356 Y148.15 I.279 J-2.965 E.01429
G1 X167.844 Y137.661 E.45741
G2 X168.132 Y136.839 I-13.345 J-5.122 E.02686
G1 X156.92 Y148.05 E.48893
G1 X156.502 Y147.934 E.0134
G1 X168.334 Y136.101 E.51602
G2 X168.495 Y135.405 I-4.867 J-1.492 E.02205
G1 X156.106 Y147.794 E.54028
G3 X155.719 Y147.646 I1.554 J-4.626 E.01278
G1 X168.604 Y134.761 E.5619
G2 X168.664 Y134.166 I-5.054 J-.808 E.01845
G1 X155.339 Y147.491 E.58111
G2 X154.919 Y147.376 I-.518 J1.06 E.0135
G1 X168.682 Y133.613 E.60019
G2 X168.675 Y133.084 I-3.416 J-.223 E.01632
G1 X154.747 Y147.012 E.60739
G1 X154.788 Y146.904 E.00355
G1 X154.882 Y146.342 E.01757
G1 X168.639 Y132.585 E.59993
G2 X168.574 Y132.115 I-3.4 J.23 E.01465
G1 X154.989 Y145.7 E.59242
G3 X155.14 Y145.014 I4.043 J.531 E.0217
G1 X161.896 Y138.258 E.29463
G1 X160.465 Y139.154 E.0521
G1 X155.396 Y144.223 E.22105
G3 X155.901 Y143.182 I6.669 J2.596 E.03571
G1 X159.568 Y139.515 E.15993
G1 X166.104 Y134.05 F30000
G1 F9513.189
G1 X168.482 Y131.672 E.10371
G1 X168.361 Y131.257 E.01331
G1 X166.846 Y132.773 E.06609
G2 X167.05 Y132.033 I-3.923 J-1.481 E.02369
G1 X168.209 Y130.875 E.05051
G1 X168.054 Y130.494 E.01267
G1 X167.176 Y131.372 E.0383
G1 X167.254 Y130.759 E.01907
G1 X167.873 Y130.14 E.02697
G2 X167.674 Y129.805 I-2.504 J1.261 E.01205
G1 X167.281 Y130.197 E.01714
G2 X167.284 Y129.659 I-4.387 J-.296 E.01662
G1 X167.58 Y129.363 E.01292
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 2.2
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F9513.189
G1 X167.284 Y129.659 E-.02984
G1 X167.281 Y130.197 E-.03837
G1 X167.674 Y129.805 E-.0396
G1 X167.873 Y130.14 E-.02782
G1 X167.805 Y130.208 E-.00687
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.418 Y145.939 Z2.2 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.54576
G1 F7159.335
G1 X149.533 Y145.82 E.00678
; LINE_WIDTH: 0.564497
G1 F6902.145
G1 X149.747 Y145.432 E.01884
G1 X149.747 Y145.08 E.01495
G1 X150 Y145.141 E.01106
G1 X150.253 Y145.081 E.01106
G1 X150.239 Y145.353 E.0116
G1 X150.317 Y145.594 E.01077
G1 X150.519 Y145.901 E.01561
; LINE_WIDTH: 0.556803
G1 F7005.486
G1 X150.36 Y145.832 E.00724
; LINE_WIDTH: 0.564497
G1 F6902.145
G1 X150 Y145.755 E.01566
G1 X149.64 Y145.833 E.01566
; LINE_WIDTH: 0.554597
G1 F7035.688
G1 X149.407 Y145.959 E.01106
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7035.688
G1 X149.533 Y145.82 E-.01338
G1 X149.747 Y145.432 E-.03158
G1 X149.747 Y145.08 E-.02507
G1 X150 Y145.141 E-.01855
G1 X150.253 Y145.081 E-.01853
G1 X150.239 Y145.353 E-.01944
G1 X150.308 Y145.566 E-.01595
; WIPE_END
G1 E-.0075 F3600
G1 X153.186 Y147.457 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.54518
G1 F7167.603
G1 X153.386 Y147.506 E.00843
; LINE_WIDTH: 0.564222
G1 F6905.786
G1 X153.829 Y147.497 E.01883
G1 X154.135 Y147.322 E.01496
G1 X154.208 Y147.571 E.01105
G1 X154.387 Y147.759 E.01105
G1 X154.144 Y147.884 E.0116
G1 X153.974 Y148.072 E.01078
G1 X153.809 Y148.4 E.01559
; LINE_WIDTH: 0.556809
G1 F7005.404
G1 X153.79 Y148.228 E.00724
; LINE_WIDTH: 0.564222
G1 F6905.786
G1 X153.677 Y147.878 E.01564
G1 X153.429 Y147.605 E.01566
; LINE_WIDTH: 0.554136
G1 F7042.034
G1 X153.237 Y147.488 E.00934
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7042.034
G1 X153.386 Y147.506 E-.01068
G1 X153.829 Y147.497 E-.03159
G1 X154.135 Y147.322 E-.02509
G1 X154.208 Y147.571 E-.01853
G1 X154.387 Y147.759 E-.01853
G1 X154.144 Y147.884 E-.01945
G1 X153.974 Y148.072 E-.01807
G1 X153.97 Y148.079 E-.00055
; WIPE_END
G1 E-.0075 F3600
G1 X153.802 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.556303
G1 F7012.309
G1 X153.888 Y151.761 E.0076
; LINE_WIDTH: 0.56669
G1 F6873.246
G1 X154.084 Y152.067 E.01551
G1 X154.374 Y152.251 E.01466
G1 X154.222 Y152.404 E.0092
G1 X154.128 Y152.656 E.01149
G1 X153.921 Y152.534 E.01029
G2 X153.29 Y152.498 I-.402 J1.535 E.02713
G1 X153.63 Y152.194 E.01947
G1 X153.744 Y151.961 E.01107
G1 X153.793 Y151.659 E.01306
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6873.246
G1 X153.888 Y151.761 E-.00988
G1 X154.084 Y152.067 E-.02589
G1 X154.374 Y152.251 E-.02448
G1 X154.222 Y152.404 E-.01536
G1 X154.128 Y152.656 E-.01919
G1 X153.921 Y152.534 E-.01719
G1 X153.652 Y152.487 E-.0194
G1 X153.496 Y152.492 E-.01111
; WIPE_END
G1 E-.0075 F3600
G1 X150.515 Y154.093 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.556456
G1 F7010.22
G1 X150.419 Y154.247 E.00761
; LINE_WIDTH: 0.566962
G1 F6869.679
G1 X150.252 Y154.57 E.01553
G1 X150.237 Y154.913 E.01465
G1 X150.029 Y154.858 E.00919
G1 X149.763 Y154.903 E.01153
G2 X149.717 Y154.508 I-.634 J-.126 E.01729
G1 X149.481 Y154.099 E.02015
G1 X149.914 Y154.241 E.01946
G1 X150.173 Y154.224 E.01108
G1 X150.459 Y154.114 E.01308
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6869.679
G1 X150.419 Y154.247 E-.00988
G1 X150.252 Y154.57 E-.02592
G1 X150.237 Y154.913 E-.02444
G1 X150.029 Y154.858 E-.01533
G1 X149.763 Y154.903 E-.01924
G1 X149.765 Y154.662 E-.0172
G1 X149.717 Y154.508 E-.01151
G1 X149.584 Y154.277 E-.01898
; WIPE_END
G1 E-.0075 F3600
G1 X146.804 Y152.544 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.561678
G1 F6939.652
G1 X146.533 Y152.469 E.01186
; LINE_WIDTH: 0.571958
G1 F6804.804
G1 X146.224 Y152.494 E.01336
G1 X145.87 Y152.646 E.01661
G1 X145.821 Y152.475 E.00769
G1 X145.639 Y152.247 E.01256
G1 X145.85 Y152.127 E.01048
G1 X146.099 Y151.804 E.01757
; LINE_WIDTH: 0.564241
G1 F6905.534
G1 X146.199 Y151.528 E.01247
; LINE_WIDTH: 0.558452
G1 F6983.078
G1 X146.209 Y151.772 E.01025
; LINE_WIDTH: 0.571958
G1 F6804.804
G1 X146.322 Y152.127 E.01603
G1 X146.569 Y152.398 E.01582
; LINE_WIDTH: 0.561678
G1 F6939.652
G1 X146.753 Y152.513 E.00917
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6939.652
G1 X146.533 Y152.469 E-.01594
G1 X146.224 Y152.494 E-.02209
G1 X145.87 Y152.646 E-.02745
G1 X145.821 Y152.475 E-.01271
G1 X145.639 Y152.247 E-.02076
G1 X145.85 Y152.127 E-.01732
G1 X146.075 Y151.835 E-.02622
; WIPE_END
G1 E-.0075 F3600
G1 X146.814 Y147.457 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.546454
G1 F7149.468
G1 X146.632 Y147.556 E.00851
; LINE_WIDTH: 0.566607
G1 F6874.335
G1 X146.321 Y147.879 E.01912
G1 X146.209 Y148.228 E.01563
; LINE_WIDTH: 0.558141
G1 F6987.293
G1 X146.198 Y148.504 E.01162
G1 X146.126 Y148.233 E.01178
; LINE_WIDTH: 0.566607
G1 F6874.335
G1 X145.906 Y147.931 E.01596
G1 X145.635 Y147.754 E.01382
G1 X145.793 Y147.571 E.0103
G1 X145.867 Y147.324 E.01101
G1 X146.094 Y147.471 E.01155
G1 X146.379 Y147.525 E.0124
G1 X146.755 Y147.466 E.0162
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6874.335
G1 X146.632 Y147.556 E-.01085
G1 X146.321 Y147.879 E-.03192
G1 X146.209 Y148.228 E-.0261
G1 X146.198 Y148.504 E-.01971
G1 X146.126 Y148.233 E-.01999
G1 X145.906 Y147.931 E-.02665
G1 X145.82 Y147.875 E-.00726
; WIPE_END
G1 E-.0075 F3600
G1 X153.352 Y151.42 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X153.352 Y151.6 E.00598
G1 X153.26 Y151.912 E.01079
G1 X153.062 Y152.103 E.00913
G1 X150.29 Y153.703 E.10616
G1 X149.974 Y153.779 E.01079
G1 X149.71 Y153.703 E.00912
G1 X146.938 Y152.103 E.10616
G1 X146.714 Y151.867 E.0108
G1 X146.648 Y151.528 E.01144
G1 X146.648 Y148.4 E.10377
G1 X146.725 Y148.11 E.00994
G1 X146.938 Y147.897 E.01
G1 X149.71 Y146.297 E.10616
G1 X150 Y146.219 E.00997
G1 X150.29 Y146.297 E.00997
G1 X153.062 Y147.897 E.10616
G1 X153.274 Y148.11 E.00998
G1 X153.352 Y148.4 E.00996
G1 X153.352 Y148.873 E.01569
G1 X153.352 Y151.36 E.08249
M204 S10000
M73 P67 R4
G1 X152.952 Y151.654 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X152.866 Y151.763 E.00427
G1 X150.094 Y153.363 E.09833
G1 X149.957 Y153.384 E.00427
G3 X147.134 Y151.763 I51.356 J-92.727 E.10001
G1 X147.048 Y151.654 E.00427
G3 X147.04 Y148.4 I109.446 J-1.896 E.10001
G1 X147.091 Y148.271 E.00427
G3 X149.906 Y146.637 I56.355 J93.815 E.10001
G1 X150.043 Y146.616 E.00427
G3 X152.866 Y148.237 I-51.364 J92.741 E.10001
G1 X152.952 Y148.346 E.00427
G3 X152.96 Y151.595 I-106.221 J1.888 E.09985
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.866 Y151.763 E-.01375
G1 X151.301 Y152.667 E-.12875
; WIPE_END
G1 E-.0075 F3600
G1 X166.953 Y169.833 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G2 X167.465 Y169.971 I.465 J-.707 E.0179
G1 X168.162 Y170.037 E.0232
G3 X166.846 Y171.714 I-7.094 J-4.21 E.07091
G2 X166.953 Y169.893 I-13.384 J-1.705 E.06056
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X167.201 Y169.944 E-.018
G1 X167.465 Y169.971 E-.01893
G1 X168.162 Y170.037 E-.04983
G1 X167.773 Y170.652 E-.0518
G1 X167.738 Y170.695 E-.00393
; WIPE_END
G1 E-.0075 F3600
G1 X160.376 Y175.444 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G1 X159.408 Y175.662 E.03292
G3 X158.275 Y175.736 I-1.117 J-8.318 E.03771
G1 X158.672 Y174.869 E.03165
G1 X158.708 Y174.604 E.00885
G2 X160.321 Y175.421 I7.311 J-12.44 E.06003
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X159.408 Y175.662 E-.06728
G1 X159.025 Y175.704 E-.02745
G1 X158.355 Y175.733 E-.04777
; WIPE_END
G1 E-.0075 F3600
G1 X141.393 Y174.534 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G1 X141.321 Y174.853 E.01083
G2 X141.747 Y175.739 I12.45 J-5.431 E.03264
G1 X141.419 Y175.744 E.01087
G3 X139.625 Y175.443 I.455 J-8.198 E.06047
G2 X141.342 Y174.566 I-4.836 J-11.584 E.06401
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X141.321 Y174.853 E-.0205
G1 X141.747 Y175.739 E-.07009
G1 X141.419 Y175.744 E-.02335
G1 X141.02 Y175.709 E-.02856
; WIPE_END
G1 E-.0075 F3600
G1 X133.046 Y169.843 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G2 X133.153 Y171.708 I14.428 J.112 E.06202
G1 X132.48 Y170.978 E.03292
G3 X131.849 Y170.034 I6.644 J-5.126 E.03771
G1 X132.799 Y169.944 E.03165
G1 X132.991 Y169.866 E.00686
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X133.059 Y170.725 E-.06141
G1 X133.153 Y171.708 E-.07038
G1 X133.051 Y171.598 E-.01071
; WIPE_END
G1 E-.0075 F3600
G1 X124.328 Y154.757 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G1 X124.273 Y154.781 E.00199
G2 X123.567 Y155.71 I5.366 J4.814 E.03876
G3 X122.777 Y153.736 I6.985 J-3.938 E.07073
G2 X124.276 Y154.727 I9.881 J-13.321 E.05963
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X124.273 Y154.781 E-.00386
G1 X123.971 Y155.14 E-.03342
G1 X123.567 Y155.71 E-.04982
G1 X123.229 Y155.066 E-.05179
G1 X123.21 Y155.019 E-.00362
; WIPE_END
G1 E-.0075 F3600
G1 X145.398 Y152.676 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.490015
G1 F8051.989
G1 X145.41 Y152.935 E.00944
; LINE_WIDTH: 0.53003
G1 F7390.528
G1 X145.422 Y153.193 E.01028
G1 X145.358 Y153.735 E.02166
; LINE_WIDTH: 0.502805
G1 F7828.044
G1 X145.285 Y154.238 E.01905
; LINE_WIDTH: 0.502705
G1 F7829.747
G1 X145.173 Y154.784 E.02087
; LINE_WIDTH: 0.50175
G1 F7846.043
G1 X145.031 Y155.306 E.02024
; LINE_WIDTH: 0.501423
G1 F7851.639
G1 X144.86 Y155.807 E.01975
; LINE_WIDTH: 0.502042
G1 F7841.053
G3 X144.179 Y157.171 I-7.015 J-2.65 E.05716
; LINE_WIDTH: 0.502539
G1 F7832.575
G1 X143.872 Y157.617 E.02028
; LINE_WIDTH: 0.503236
G1 F7820.715
G1 X143.536 Y158.04 E.02025
; LINE_WIDTH: 0.503429
G1 F7817.437
G1 X143.167 Y158.444 E.02053
; LINE_WIDTH: 0.506385
G1 F7767.576
G1 X142.769 Y158.834 E.02105
; LINE_WIDTH: 0.507096
G1 F7755.679
G3 X141.883 Y159.574 I-7.743 J-8.377 E.04368
; LINE_WIDTH: 0.503301
G1 F7819.61
G1 X141.399 Y159.931 E.02258
; LINE_WIDTH: 0.504856
G1 F7793.287
G1 X140.555 Y160.499 E.03827
; LINE_WIDTH: 0.505722
G1 F7778.705
G1 X140.506 Y160.53 E.00219
; LINE_WIDTH: 0.509509
G1 F7715.569
G1 X138.811 Y161.576 E.07574
; LINE_WIDTH: 0.510718
G1 F7695.629
G1 X138.104 Y162.019 E.03179
; LINE_WIDTH: 0.511781
G1 F7678.181
G2 X136.93 Y162.819 I11.522 J18.169 E.0543
; LINE_WIDTH: 0.505978
G1 F7774.404
G1 X136.219 Y163.369 E.03392
; LINE_WIDTH: 0.503979
G1 F7808.111
G2 X135.097 Y164.421 I7.69 J9.318 E.05782
; LINE_WIDTH: 0.507492
G1 F7749.068
G2 X134.366 Y165.344 I6.592 J5.98 E.0446
; LINE_WIDTH: 0.505039
G1 F7790.201
G1 X134.078 Y165.792 E.02005
; LINE_WIDTH: 0.504229
G1 F7803.88
G1 X133.795 Y166.313 E.0223
; LINE_WIDTH: 0.508984
G1 F7724.261
G2 X133.376 Y167.328 I7.633 J3.742 E.04173
; LINE_WIDTH: 0.508011
G1 F7740.421
G1 X133.208 Y167.916 E.02318
; LINE_WIDTH: 0.509092
G1 F7722.471
G1 X133.07 Y168.612 E.02696
; LINE_WIDTH: 0.518281
G1 F7573.192
G1 X132.973 Y169.369 E.02956
G1 X132.92 Y169.434 E.00325
; LINE_WIDTH: 0.48945
G1 F8062.169
G1 X132.868 Y169.5 E.00305
; LINE_WIDTH: 0.460619
G1 F8618.646
G1 X132.246 Y169.592 E.02139
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X131.832 Y169.629 E.0138
; LINE_WIDTH: 0.482308
G1 F8193.213
G1 X131.656 Y169.52 E.0074
; LINE_WIDTH: 0.496067
G1 F7944.442
G1 X131.421 Y168.874 E.02539
; LINE_WIDTH: 0.501489
G1 F7850.509
G3 X131.167 Y167.838 I5.943 J-2.006 E.03994
; LINE_WIDTH: 0.498116
G1 F7908.681
G1 X131.097 Y167.291 E.02042
; LINE_WIDTH: 0.497525
G1 F7918.962
G1 X131.066 Y166.73 E.02084
; LINE_WIDTH: 0.503606
G1 F7814.433
G3 X131.105 Y165.611 I8.126 J-.275 E.04205
; LINE_WIDTH: 0.501495
G1 F7850.406
G1 X131.186 Y164.959 E.02455
; LINE_WIDTH: 0.503438
G1 F7817.284
G1 X131.368 Y164.03 E.03553
; LINE_WIDTH: 0.50789
G1 F7742.435
G1 X131.538 Y163.405 E.02454
; LINE_WIDTH: 0.508347
G1 F7734.832
G3 X131.958 Y162.151 I19.091 J5.689 E.05017
; LINE_WIDTH: 0.508191
G1 F7737.426
G3 X132.518 Y160.905 I14.997 J5.99 E.05182
; LINE_WIDTH: 0.476203
G1 F8308.657
G1 X132.76 Y160.417 E.01921
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X133.055 Y159.783 E.02321
G1 X132.122 Y159.701 E.03106
; LINE_WIDTH: 0.479474
G1 F8246.403
G1 X131.849 Y159.692 E.00972
; LINE_WIDTH: 0.508949
G1 F7724.842
G1 X131.576 Y159.683 E.01038
G1 X130.791 Y159.592 E.03003
; LINE_WIDTH: 0.508234
G1 F7736.711
G3 X129.268 Y159.314 I2.022 J-15.365 E.05872
; LINE_WIDTH: 0.507931
G1 F7741.752
G1 X128.55 Y159.125 E.02812
; LINE_WIDTH: 0.502324
G1 F7836.24
G1 X127.653 Y158.819 E.03551
; LINE_WIDTH: 0.501744
G1 F7846.145
G3 X126.557 Y158.325 I3.446 J-9.119 E.04496
; LINE_WIDTH: 0.502215
G1 F7838.099
G1 X126.055 Y158.044 E.02153
; LINE_WIDTH: 0.503941
G1 F7808.755
G3 X125.148 Y157.403 I3.873 J-6.453 E.04177
; LINE_WIDTH: 0.501429
G1 F7851.536
G3 X124.372 Y156.665 I4.317 J-5.311 E.04005
; LINE_WIDTH: 0.500913
G1 F7860.381
G1 X124.024 Y156.259 E.01993
; LINE_WIDTH: 0.499313
G1 F7887.939
G1 X123.918 Y156.125 E.00636
; LINE_WIDTH: 0.489458
G1 F8062.023
G1 X123.938 Y155.881 E.00891
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X124.457 Y155.163 E.02941
G1 X124.517 Y155.108 E.00268
; LINE_WIDTH: 0.482672
G1 F8186.432
G1 X124.614 Y155.085 E.00359
; LINE_WIDTH: 0.515345
G1 F7620.258
G1 X124.712 Y155.063 E.00386
G1 X125.403 Y155.352 E.02883
; LINE_WIDTH: 0.510497
G1 F7699.266
G2 X126.628 Y155.72 I3.037 J-7.871 E.04878
; LINE_WIDTH: 0.508765
G1 F7727.893
G1 X127.151 Y155.815 E.02019
; LINE_WIDTH: 0.506475
G1 F7766.068
G2 X128.318 Y155.892 I1.124 J-8.115 E.0442
; LINE_WIDTH: 0.504744
G1 F7795.178
G1 X128.822 Y155.874 E.01898
; LINE_WIDTH: 0.504929
G1 F7792.056
G1 X129.436 Y155.808 E.02324
; LINE_WIDTH: 0.509444
G1 F7716.645
G2 X130.52 Y155.582 I-1.453 J-9.687 E.04214
; LINE_WIDTH: 0.50639
G1 F7767.492
G1 X131.156 Y155.384 E.02514
; LINE_WIDTH: 0.504409
G1 F7800.836
G1 X131.879 Y155.115 E.02901
; LINE_WIDTH: 0.506214
G1 F7770.444
G1 X132.588 Y154.808 E.02917
; LINE_WIDTH: 0.507822
G1 F7743.567
G1 X133.284 Y154.474 E.02924
; LINE_WIDTH: 0.509073
G1 F7722.786
G1 X134.066 Y154.07 E.03344
; LINE_WIDTH: 0.50962
G1 F7713.735
G2 X135.822 Y153.121 I-63.898 J-120.438 E.07593
; LINE_WIDTH: 0.504155
G1 F7805.132
G1 X136.533 Y152.754 E.03007
; LINE_WIDTH: 0.503054
G1 F7823.807
G1 X137.092 Y152.487 E.02321
; LINE_WIDTH: 0.505459
G1 F7783.127
G1 X137.56 Y152.28 E.0193
; LINE_WIDTH: 0.51025
G1 F7703.335
G3 X138.809 Y151.824 I5.615 J13.43 E.05066
; LINE_WIDTH: 0.508883
G1 F7725.935
G1 X139.524 Y151.634 E.02808
; LINE_WIDTH: 0.50633
G1 F7768.498
G1 X140.057 Y151.535 E.02046
; LINE_WIDTH: 0.50437
G1 F7801.495
G1 X140.589 Y151.473 E.02016
; LINE_WIDTH: 0.502655
G1 F7830.598
G1 X141.354 Y151.451 E.02866
; LINE_WIDTH: 0.505942
G1 F7775.009
G3 X142.645 Y151.59 I-.202 J7.907 E.04907
; LINE_WIDTH: 0.503641
G1 F7813.84
G1 X143.167 Y151.711 E.0201
; LINE_WIDTH: 0.502075
G1 F7840.489
G3 X144.226 Y152.062 I-2.342 J8.839 E.04178
; LINE_WIDTH: 0.505706
G1 F7778.973
G3 X144.998 Y152.419 I-1.457 J4.168 E.03213
; LINE_WIDTH: 0.477853
G1 F8277.146
G1 X145.231 Y152.545 E.00937
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X145.351 Y152.639 E.00504
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X145.41 Y152.935 E-.02149
G1 X145.422 Y153.193 E-.01846
G1 X145.358 Y153.735 E-.03887
G1 X145.285 Y154.238 E-.03621
G1 X145.207 Y154.616 E-.02747
; WIPE_END
G1 E-.0075 F3600
G1 X151.032 Y155.981 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.502808
G1 F7827.993
G1 X151.313 Y156.202 E.01339
; LINE_WIDTH: 0.502702
G1 F7829.798
G1 X151.729 Y156.573 E.02088
; LINE_WIDTH: 0.50175
G1 F7846.043
G1 X152.111 Y156.957 E.02024
; LINE_WIDTH: 0.501423
G1 F7851.639
G1 X152.459 Y157.355 E.01974
; LINE_WIDTH: 0.502042
G1 F7841.053
G3 X153.3 Y158.627 I-5.802 J4.75 E.05716
; LINE_WIDTH: 0.50254
G1 F7832.558
G1 X153.533 Y159.115 E.02028
; LINE_WIDTH: 0.503236
G1 F7820.715
G1 X153.73 Y159.618 E.02025
; LINE_WIDTH: 0.503428
G1 F7817.454
G1 X153.896 Y160.139 E.02053
; LINE_WIDTH: 0.506383
G1 F7767.61
G1 X154.035 Y160.679 E.02105
; LINE_WIDTH: 0.507095
G1 F7755.696
G3 X154.233 Y161.817 I-11.126 J2.517 E.04368
; LINE_WIDTH: 0.503299
G1 F7819.644
G1 X154.3 Y162.415 E.02258
; LINE_WIDTH: 0.504854
G1 F7793.321
G1 X154.37 Y163.429 E.03827
; LINE_WIDTH: 0.505721
G1 F7778.721
G1 X154.372 Y163.487 E.00219
; LINE_WIDTH: 0.509508
G1 F7715.586
G1 X154.43 Y165.478 E.07573
; LINE_WIDTH: 0.510719
G1 F7695.613
G1 X154.46 Y166.312 E.03179
; LINE_WIDTH: 0.511783
G1 F7678.149
G2 X154.566 Y167.729 I21.501 J-.895 E.05431
; LINE_WIDTH: 0.505979
G1 F7774.388
G1 X154.687 Y168.619 E.03391
; LINE_WIDTH: 0.503977
G1 F7808.145
G2 X155.038 Y170.117 I11.915 J-2.001 E.05781
; LINE_WIDTH: 0.507494
G1 F7749.034
G2 X155.471 Y171.211 I8.474 J-2.718 E.0446
; LINE_WIDTH: 0.505039
G1 F7790.201
G1 X155.715 Y171.685 E.02005
; LINE_WIDTH: 0.504228
G1 F7803.897
G1 X156.025 Y172.191 E.02229
; LINE_WIDTH: 0.508985
G1 F7724.245
G2 X156.694 Y173.061 I7.056 J-4.739 E.04173
; LINE_WIDTH: 0.508013
G1 F7740.388
G1 X157.119 Y173.5 E.02317
; LINE_WIDTH: 0.509092
G1 F7722.471
G1 X157.653 Y173.967 E.02696
; LINE_WIDTH: 0.518279
G1 F7573.224
G1 X158.26 Y174.431 E.02956
G1 X158.291 Y174.509 E.00325
; LINE_WIDTH: 0.489449
G1 F8062.195
G1 X158.321 Y174.587 E.00305
; LINE_WIDTH: 0.460618
G1 F8618.667
G1 X158.09 Y175.171 E.02139
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X157.915 Y175.549 E.0138
; LINE_WIDTH: 0.482311
G1 F8193.158
G1 X157.733 Y175.647 E.0074
; LINE_WIDTH: 0.496066
G1 F7944.459
G1 X157.056 Y175.527 E.02539
; LINE_WIDTH: 0.501492
G1 F7850.457
G3 X156.031 Y175.229 I1.235 J-6.151 E.03994
; LINE_WIDTH: 0.498116
G1 F7908.681
G1 X155.523 Y175.016 E.02042
; LINE_WIDTH: 0.497527
G1 F7918.928
G1 X155.021 Y174.763 E.02084
; LINE_WIDTH: 0.503607
G1 F7814.416
G3 X154.072 Y174.169 I3.825 J-7.176 E.04205
; LINE_WIDTH: 0.501495
G1 F7850.406
G1 X153.548 Y173.773 E.02454
; LINE_WIDTH: 0.503488
G1 F7816.435
G1 X152.835 Y173.151 E.03553
; LINE_WIDTH: 0.507767
G1 F7744.483
G1 X152.263 Y172.573 E.03078
; LINE_WIDTH: 0.50827
G1 F7736.112
G3 X151.113 Y171.186 I12.093 J-11.192 E.06834
; LINE_WIDTH: 0.513862
G1 F7644.253
G3 X150.59 Y170.436 I5.013 J-4.057 E.03514
; LINE_WIDTH: 0.481931
G1 F8200.26
G1 X150.401 Y170.139 E.01257
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X150 Y169.566 E.02321
G1 X149.463 Y170.333 E.03106
; LINE_WIDTH: 0.477744
G1 F8279.221
G1 X149.297 Y170.594 E.01095
; LINE_WIDTH: 0.505488
G1 F7782.64
G1 X149.131 Y170.855 E.01165
; LINE_WIDTH: 0.508425
G1 F7733.537
G3 X148.323 Y171.907 I-18.012 J-12.99 E.05033
; LINE_WIDTH: 0.507941
G1 F7741.586
G1 X147.914 Y172.383 E.02378
; LINE_WIDTH: 0.508881
G1 F7725.968
G1 X147.449 Y172.867 E.02549
; LINE_WIDTH: 0.508994
G1 F7724.096
G3 X146.141 Y174.014 I-9.133 J-9.099 E.06612
; LINE_WIDTH: 0.506197
G1 F7770.729
G1 X145.489 Y174.465 E.02995
; LINE_WIDTH: 0.502215
G1 F7838.099
G1 X144.994 Y174.759 E.02153
; LINE_WIDTH: 0.503938
G1 F7808.806
G3 X143.986 Y175.225 I-3.728 J-6.732 E.04177
; LINE_WIDTH: 0.502633
G1 F7830.972
G1 X143.473 Y175.396 E.02023
; LINE_WIDTH: 0.500773
G1 F7862.786
G3 X142.289 Y175.648 I-2.409 J-8.43 E.04519
; LINE_WIDTH: 0.490588
G1 F8041.673
G1 X142.144 Y175.609 E.0055
; LINE_WIDTH: 0.461061
G1 F8609.536
G1 X141.972 Y175.309 E.01179
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X141.7 Y174.702 E.02206
; LINE_WIDTH: 0.483015
G1 F8180.052
G1 X141.72 Y174.567 E.00491
; LINE_WIDTH: 0.516031
G1 F7609.208
G1 X141.741 Y174.431 E.00527
G1 X142.336 Y173.977 E.02888
; LINE_WIDTH: 0.510314
G1 F7702.281
G2 X143.267 Y173.101 I-5.121 J-6.38 E.04875
; LINE_WIDTH: 0.509756
G1 F7711.487
G1 X143.636 Y172.665 E.02171
; LINE_WIDTH: 0.504057
G1 F7806.791
G1 X143.967 Y172.204 E.02131
; LINE_WIDTH: 0.506899
G1 F7758.972
G2 X144.498 Y171.278 I-7.474 J-4.899 E.04041
; LINE_WIDTH: 0.504837
G1 F7793.607
G1 X144.748 Y170.713 E.02325
; LINE_WIDTH: 0.508231
G1 F7736.761
G1 X144.938 Y170.19 E.02112
; LINE_WIDTH: 0.508591
G1 F7730.78
G2 X145.24 Y169.015 I-8.994 J-2.938 E.04606
; LINE_WIDTH: 0.504409
G1 F7800.836
G1 X145.369 Y168.251 E.02913
; LINE_WIDTH: 0.506216
G1 F7770.41
G1 X145.458 Y167.484 E.02916
; LINE_WIDTH: 0.507822
G1 F7743.567
G1 X145.517 Y166.714 E.02924
; LINE_WIDTH: 0.509073
G1 F7722.786
G1 X145.557 Y165.838 E.03329
; LINE_WIDTH: 0.509619
G1 F7713.751
G2 X145.614 Y163.839 I-136.159 J-4.883 E.07608
; LINE_WIDTH: 0.504156
G1 F7805.115
G1 X145.652 Y163.04 E.03007
; LINE_WIDTH: 0.503053
G1 F7823.825
G1 X145.699 Y162.422 E.02321
; LINE_WIDTH: 0.505459
G1 F7783.127
G1 X145.755 Y161.913 E.01931
; LINE_WIDTH: 0.50691
G1 F7758.788
G3 X145.962 Y160.691 I11.7 J1.357 E.04689
; LINE_WIDTH: 0.506109
G1 F7772.205
G1 X146.1 Y160.152 E.02098
; LINE_WIDTH: 0.503332
G1 F7819.083
G3 X146.46 Y159.13 I7.985 J2.241 E.04069
; LINE_WIDTH: 0.502801
G1 F7828.112
G1 X146.691 Y158.645 E.02015
; LINE_WIDTH: 0.502448
G1 F7834.125
G1 X146.702 Y158.623 E.0009
; LINE_WIDTH: 0.512586
G1 F7665.021
G3 X147.332 Y157.624 I11.218 J6.378 E.04522
; LINE_WIDTH: 0.506502
G1 F7765.616
G3 X148.178 Y156.663 I6.588 J4.939 E.04843
; LINE_WIDTH: 0.505812
G1 F7777.192
G1 X148.564 Y156.31 E.0197
; LINE_WIDTH: 0.505255
G1 F7786.562
G3 X149.596 Y155.536 I5.321 J6.018 E.04868
; LINE_WIDTH: 0.489242
G1 F8065.925
G1 X150 Y155.323 E.01661
; LINE_WIDTH: 0.490009
G1 F8052.097
G1 X150.239 Y155.443 E.00972
; LINE_WIDTH: 0.530018
G1 F7390.71
G1 X150.477 Y155.562 E.01059
G1 X150.914 Y155.888 E.02162
; LINE_WIDTH: 0.502808
G1 F7827.993
G1 X150.985 Y155.944 E.00341
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7827.993
G1 X151.313 Y156.202 E-.02973
G1 X151.729 Y156.573 E-.0397
G1 X152.111 Y156.957 E-.03858
G1 X152.43 Y157.321 E-.0345
; WIPE_END
G1 E-.0075 F3600
G1 X124.338 Y145.239 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F8843.491
G2 X122.779 Y146.262 I7.492 J13.116 E.06189
G1 X123.057 Y145.349 E.03164
G3 X123.566 Y144.29 I6.276 J2.367 E.03904
G1 X124.127 Y145.076 E.03202
G1 X124.291 Y145.202 E.00686
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X123.541 Y145.719 E-.06492
G1 X122.779 Y146.262 E-.06661
G1 X122.824 Y146.115 E-.01097
; WIPE_END
G1 E-.0075 F3600
G1 X133.045 Y130.148 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G1 X132.996 Y130.11 E.00203
G2 X131.844 Y129.967 I-1.463 J7.058 E.03857
G3 X133.153 Y128.292 I6.707 J3.893 E.07076
G2 X133.046 Y130.088 I21.705 J2.204 E.05971
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X132.996 Y130.11 E-.00385
G1 X132.49 Y130.024 E-.03658
G1 X131.844 Y129.967 E-.04624
G1 X132.2 Y129.392 E-.04822
G1 X132.266 Y129.307 E-.00762
; WIPE_END
G1 E-.0075 F3600
G1 X145.414 Y147.186 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G1 X145.39 Y147.339 E.00511
; LINE_WIDTH: 0.490007
G1 F8052.133
G1 X145.167 Y147.485 E.00973
; LINE_WIDTH: 0.530014
G1 F7390.771
G1 X144.944 Y147.632 E.0106
G1 X144.444 Y147.848 E.02161
; LINE_WIDTH: 0.502812
G1 F7827.924
G1 X143.972 Y148.036 E.01905
; LINE_WIDTH: 0.502705
G1 F7829.747
G1 X143.443 Y148.211 E.02088
; LINE_WIDTH: 0.501751
G1 F7846.026
G1 X142.92 Y148.35 E.02024
; LINE_WIDTH: 0.501423
G1 F7851.639
G1 X142.401 Y148.452 E.01975
; LINE_WIDTH: 0.502041
G1 F7841.071
G3 X140.879 Y148.544 I-1.213 J-7.4 E.05716
; LINE_WIDTH: 0.502539
G1 F7832.575
G1 X140.339 Y148.502 E.02028
; LINE_WIDTH: 0.503236
G1 F7820.715
G1 X139.805 Y148.422 E.02025
; LINE_WIDTH: 0.503427
G1 F7817.471
G1 X139.271 Y148.305 E.02054
; LINE_WIDTH: 0.506384
G1 F7767.594
G1 X138.734 Y148.155 E.02105
; LINE_WIDTH: 0.507095
G1 F7755.696
G3 X137.65 Y147.757 I3.383 J-10.894 E.04368
; LINE_WIDTH: 0.5033
G1 F7819.627
G1 X137.099 Y147.517 E.02258
; LINE_WIDTH: 0.504854
G1 F7793.321
G1 X136.185 Y147.07 E.03827
; LINE_WIDTH: 0.505719
G1 F7778.755
G1 X136.134 Y147.043 E.00219
; LINE_WIDTH: 0.50951
G1 F7715.554
G1 X134.381 Y146.098 E.07573
; LINE_WIDTH: 0.51072
G1 F7695.596
G1 X133.643 Y145.707 E.0318
; LINE_WIDTH: 0.511769
G1 F7678.379
G2 X132.365 Y145.091 I-9.967 J19.049 E.05424
; LINE_WIDTH: 0.505957
G1 F7774.757
G1 X131.649 Y144.795 E.02923
; LINE_WIDTH: 0.503901
G1 F7809.432
G1 X130.804 Y144.504 E.03355
; LINE_WIDTH: 0.504032
G1 F7807.214
G1 X130.059 Y144.305 E.02896
; LINE_WIDTH: 0.507493
G1 F7749.051
G2 X128.895 Y144.132 I-1.878 J8.67 E.0446
; LINE_WIDTH: 0.505272
G1 F7786.275
G1 X128.393 Y144.108 E.01892
; LINE_WIDTH: 0.504223
G1 F7803.981
G1 X127.77 Y144.122 E.02343
; LINE_WIDTH: 0.508984
G1 F7724.261
G2 X126.682 Y144.267 I.576 J8.481 E.04173
; LINE_WIDTH: 0.50801
G1 F7740.437
G1 X126.089 Y144.416 E.02317
; LINE_WIDTH: 0.50909
G1 F7722.504
G1 X125.417 Y144.644 E.02696
; LINE_WIDTH: 0.518282
G1 F7573.176
G1 X124.712 Y144.938 E.02956
G1 X124.629 Y144.926 E.00325
; LINE_WIDTH: 0.48944
G1 F8062.348
G1 X124.546 Y144.913 E.00306
; LINE_WIDTH: 0.460598
G1 F8619.08
G1 X124.181 Y144.436 E.02044
G1 X123.938 Y144.119 E.01361
; LINE_WIDTH: 0.492846
G1 F8001.316
G1 X123.898 Y143.908 E.00788
; LINE_WIDTH: 0.500436
G1 F7868.577
G1 X124.363 Y143.346 E.0272
; LINE_WIDTH: 0.501392
G1 F7852.17
G1 X124.73 Y142.966 E.01973
; LINE_WIDTH: 0.502011
G1 F7841.583
G3 X125.572 Y142.273 I5.05 J5.286 E.04084
; LINE_WIDTH: 0.5023
G1 F7836.649
G1 X126.042 Y141.964 E.02106
; LINE_WIDTH: 0.503733
G1 F7812.28
G1 X126.543 Y141.679 E.02164
; LINE_WIDTH: 0.503888
G1 F7809.652
G3 X127.638 Y141.186 I4.791 J9.165 E.04512
; LINE_WIDTH: 0.50517
G1 F7787.993
G1 X128.484 Y140.895 E.0337
; LINE_WIDTH: 0.507531
G1 F7748.418
G1 X129.175 Y140.71 E.0271
; LINE_WIDTH: 0.508168
G1 F7737.809
G3 X130.456 Y140.451 I4.162 J17.23 E.04955
; LINE_WIDTH: 0.509161
G1 F7721.329
G1 X131.449 Y140.328 E.03802
G1 X131.785 Y140.313 E.01278
; LINE_WIDTH: 0.47958
G1 F8244.401
G1 X132.121 Y140.299 E.01197
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X133.055 Y140.217 E.0311
G1 X132.688 Y139.43 E.02881
; LINE_WIDTH: 0.483564
G1 F8169.87
G1 X132.557 Y139.189 E.00985
; LINE_WIDTH: 0.517128
G1 F7591.605
G1 X132.427 Y138.948 E.0106
G1 X131.963 Y137.863 E.04557
; LINE_WIDTH: 0.507791
G1 F7744.084
G1 X131.706 Y137.14 E.02907
; LINE_WIDTH: 0.508908
G1 F7725.52
G3 X131.189 Y135.056 I15.488 J-4.948 E.0816
; LINE_WIDTH: 0.500131
G1 F7873.826
G3 X131.069 Y133.86 I9.943 J-1.603 E.0448
; LINE_WIDTH: 0.498691
G1 F7898.703
G1 X131.065 Y133.285 E.02136
; LINE_WIDTH: 0.503597
G1 F7814.585
G3 X131.163 Y132.179 I7.086 J.068 E.04173
; LINE_WIDTH: 0.499787
G1 F7879.754
G1 X131.163 Y132.177 E.00007
; LINE_WIDTH: 0.49996
G1 F7876.772
G3 X131.416 Y131.138 I6.584 J1.054 E.03985
; LINE_WIDTH: 0.496754
G1 F7932.416
G1 X131.645 Y130.499 E.02511
; LINE_WIDTH: 0.4879
G1 F8090.251
G1 X131.826 Y130.371 E.00803
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X132.449 Y130.429 E.02075
G1 X132.835 Y130.485 E.01294
; LINE_WIDTH: 0.482672
G1 F8186.432
G1 X132.903 Y130.558 E.00359
; LINE_WIDTH: 0.515345
G1 F7620.258
G1 X132.971 Y130.631 E.00386
G1 X133.067 Y131.374 E.02883
; LINE_WIDTH: 0.510498
G1 F7699.25
G2 X133.36 Y132.619 I8.336 J-1.306 E.04878
; LINE_WIDTH: 0.508767
G1 F7727.859
G1 X133.54 Y133.12 E.0202
; LINE_WIDTH: 0.506475
G1 F7766.068
G2 X134.056 Y134.169 I7.589 J-3.084 E.0442
; LINE_WIDTH: 0.504745
G1 F7795.16
G1 X134.324 Y134.596 E.01898
; LINE_WIDTH: 0.504928
G1 F7792.073
G1 X134.688 Y135.095 E.02325
; LINE_WIDTH: 0.509443
G1 F7716.662
G2 X135.426 Y135.921 I7.663 J-6.101 E.04214
; LINE_WIDTH: 0.506389
G1 F7767.509
G1 X135.915 Y136.372 E.02514
; LINE_WIDTH: 0.504407
G1 F7800.87
G1 X136.51 Y136.864 E.02901
; LINE_WIDTH: 0.506214
G1 F7770.444
G1 X137.13 Y137.325 E.02917
; LINE_WIDTH: 0.507821
G1 F7743.584
G1 X137.767 Y137.76 E.02925
; LINE_WIDTH: 0.509073
G1 F7722.786
G1 X138.505 Y138.233 E.03329
; LINE_WIDTH: 0.509619
G1 F7713.751
G2 X140.208 Y139.282 I72.308 J-115.476 E.07607
; LINE_WIDTH: 0.504155
G1 F7805.132
G1 X140.881 Y139.715 E.03007
; LINE_WIDTH: 0.503055
G1 F7823.79
G1 X141.392 Y140.064 E.02321
; LINE_WIDTH: 0.505458
G1 F7783.144
G1 X141.805 Y140.367 E.01931
; LINE_WIDTH: 0.510248
G1 F7703.369
G3 X142.825 Y141.22 I-8.824 J11.578 E.05065
; LINE_WIDTH: 0.508884
G1 F7725.919
G1 X143.347 Y141.745 E.02808
; LINE_WIDTH: 0.506328
G1 F7768.533
G1 X143.699 Y142.156 E.02046
; LINE_WIDTH: 0.50437
G1 F7801.495
G1 X144.019 Y142.587 E.02016
; LINE_WIDTH: 0.502656
G1 F7830.581
G1 X144.42 Y143.238 E.02866
; LINE_WIDTH: 0.50594
G1 F7775.042
G3 X144.945 Y144.426 I-6.948 J3.779 E.04907
; LINE_WIDTH: 0.503641
G1 F7813.84
G1 X145.102 Y144.938 E.0201
; LINE_WIDTH: 0.502074
G1 F7840.507
G3 X145.327 Y146.031 I-8.826 J2.391 E.04178
; LINE_WIDTH: 0.505702
G1 F7779.04
G3 X145.406 Y146.9 I-4.647 J.86 E.03296
; LINE_WIDTH: 0.477851
G1 F8277.184
G1 X145.413 Y147.126 E.00803
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8277.184
G1 X145.39 Y147.339 E-.0152
G1 X145.167 Y147.485 E-.01903
G1 X144.944 Y147.632 E-.01903
G1 X144.444 Y147.848 E-.03879
G1 X143.972 Y148.036 E-.03621
G1 X143.782 Y148.099 E-.01425
; WIPE_END
G1 E-.0075 F3600
G1 X141.415 Y125.48 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F8843.491
G2 X139.63 Y124.565 I-6.369 J10.231 E.06662
G1 X140.22 Y124.405 E.02027
G3 X141.751 Y124.263 I1.406 J6.823 E.05112
G1 X141.691 Y124.322 E.0028
G1 X141.332 Y125.122 E.02908
G1 X141.402 Y125.421 E.01019
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X140.82 Y125.127 E-.04645
G1 X140.122 Y124.772 E-.05581
G1 X139.63 Y124.565 E-.03803
G1 X139.66 Y124.557 E-.00221
; WIPE_END
G1 E-.0075 F3600
G1 X158.7 Y125.401 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G2 X158.565 Y124.892 I-.845 J-.047 E.01777
G1 X158.272 Y124.253 E.02332
G3 X160.381 Y124.555 I-.055 J7.905 E.07088
G1 X160.274 Y124.597 E.0038
G2 X158.752 Y125.37 I4.279 J10.312 E.05671
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X158.672 Y125.131 E-.01791
G1 X158.565 Y124.892 E-.01867
G1 X158.272 Y124.253 E-.05009
G1 X159.001 Y124.283 E-.05199
G1 X159.054 Y124.29 E-.00383
; WIPE_END
G1 E-.0075 F3600
G1 X166.954 Y130.157 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G2 X166.847 Y128.292 I-14.427 J-.112 E.06202
G1 X167.52 Y129.022 E.03292
G3 X168.151 Y129.966 I-6.644 J5.126 E.03771
G1 X167.201 Y130.056 E.03165
G1 X167.009 Y130.134 E.00686
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X166.941 Y129.275 E-.06141
G1 X166.847 Y128.292 E-.07038
G1 X166.949 Y128.402 E-.01071
; WIPE_END
G1 E-.0075 F3600
G1 X175.695 Y145.255 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G2 X176.434 Y144.29 I-7.672 J-6.637 E.04033
G3 X176.95 Y145.369 I-10.125 J5.516 E.03969
G1 X177.215 Y146.258 E.03077
G2 X175.747 Y145.286 I-12.103 J16.692 E.05843
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X176.052 Y144.828 E-.03925
G1 X176.434 Y144.29 E-.04696
G1 X176.756 Y144.907 E-.0496
G1 X176.793 Y144.994 E-.00669
; WIPE_END
G1 E-.0075 F3600
G1 X175.662 Y154.761 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G2 X177.221 Y153.738 I-7.492 J-13.116 E.06189
G1 X176.943 Y154.651 E.03164
G3 X176.434 Y155.71 I-6.276 J-2.367 E.03904
G1 X175.873 Y154.924 E.03202
G1 X175.709 Y154.798 E.00686
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X176.459 Y154.281 E-.06492
G1 X177.221 Y153.738 E-.06661
G1 X177.176 Y153.885 E-.01097
; WIPE_END
G1 E-.0075 F3600
G1 X149.114 Y145.596 F30000
G1 E.5 F2400
M204 S5000
G1 F8843.491
G1 X149.271 Y145.38 E.00885
G1 X149.3 Y145.248 E.00451
; LINE_WIDTH: 0.490009
G1 F8052.097
G1 X149.262 Y145.035 E.00788
; LINE_WIDTH: 0.530018
G1 F7390.71
G1 X149.224 Y144.822 E.00859
G1 X148.785 Y144.46 E.02258
; LINE_WIDTH: 0.50257
G1 F7832.045
G1 X148.371 Y144.132 E.01978
; LINE_WIDTH: 0.505755
G1 F7778.15
G1 X147.842 Y143.656 E.02683
; LINE_WIDTH: 0.506502
G1 F7765.616
G1 X147.374 Y143.163 E.02568
; LINE_WIDTH: 0.509216
G1 F7720.418
G3 X146.59 Y142.109 I6.304 J-5.508 E.04997
; LINE_WIDTH: 0.507629
G1 F7746.783
G1 X146.283 Y141.567 E.02361
; LINE_WIDTH: 0.502801
G1 F7828.112
G1 X146.037 Y141.048 E.02152
; LINE_WIDTH: 0.503332
G1 F7819.083
G3 X145.655 Y139.965 I7.929 J-3.404 E.04309
; LINE_WIDTH: 0.506109
G1 F7772.205
G1 X145.508 Y139.4 E.02204
; LINE_WIDTH: 0.506822
G1 F7760.26
G3 X145.268 Y137.907 I11.989 J-2.69 E.05721
; LINE_WIDTH: 0.507493
G1 F7749.051
G3 X145.165 Y136.527 I24.298 J-2.507 E.05239
; LINE_WIDTH: 0.50951
G1 F7715.554
G1 X145.103 Y134.538 E.07567
; LINE_WIDTH: 0.510721
G1 F7695.58
G1 X145.072 Y133.707 E.03167
; LINE_WIDTH: 0.51177
G1 F7678.362
G2 X144.942 Y132.065 I-25.013 J1.15 E.06297
; LINE_WIDTH: 0.509704
G1 F7712.347
G2 X144.646 Y130.466 I-12.827 J1.552 E.06187
; LINE_WIDTH: 0.50838
G1 F7734.284
G1 X144.505 Y129.97 E.01957
; LINE_WIDTH: 0.507495
G1 F7749.018
G2 X144.11 Y128.984 I-9.643 J3.291 E.04023
; LINE_WIDTH: 0.505039
G1 F7790.201
G1 X143.873 Y128.517 E.0197
; LINE_WIDTH: 0.504099
G1 F7806.079
G1 X143.583 Y128.052 E.0206
; LINE_WIDTH: 0.507508
G1 F7748.801
G1 X143.273 Y127.628 E.01992
; LINE_WIDTH: 0.508149
G1 F7738.124
G2 X142.534 Y126.808 I-6.065 J4.725 E.04187
; LINE_WIDTH: 0.505818
G1 F7777.091
G1 X142.048 Y126.385 E.0243
; LINE_WIDTH: 0.515405
G1 F7619.289
G1 X141.471 Y125.956 E.02767
G1 X141.053 Y125.722 E.01844
; LINE_WIDTH: 0.482702
G1 F8185.873
G1 X140.635 Y125.489 E.01716
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X139.948 Y125.149 E.02543
G2 X138.443 Y124.555 I-6.021 J13.045 E.05369
G1 X139.14 Y124.281 E.02483
G1 X140.145 Y124.005 E.0346
G3 X140.941 Y123.887 I1.475 J7.184 E.02671
G1 X141.656 Y123.855 E.02371
; LINE_WIDTH: 0.48937
G1 F8063.613
G1 X142.357 Y123.912 E.02561
; LINE_WIDTH: 0.500576
G1 F7866.17
G1 X143.066 Y124.029 E.02678
; LINE_WIDTH: 0.504365
G1 F7801.579
G3 X144.15 Y124.347 I-1.178 J6.019 E.04254
; LINE_WIDTH: 0.501921
G1 F7843.12
G3 X145.225 Y124.845 I-3.366 J8.671 E.04437
; LINE_WIDTH: 0.505307
G1 F7785.686
G1 X145.774 Y125.167 E.02397
; LINE_WIDTH: 0.50581
G1 F7777.226
G1 X146.531 Y125.702 E.03497
; LINE_WIDTH: 0.508498
G1 F7732.324
G3 X147.576 Y126.604 I-8.15 J10.496 E.05239
; LINE_WIDTH: 0.505668
G1 F7779.612
G1 X148.183 Y127.231 E.03291
; LINE_WIDTH: 0.508346
G1 F7734.849
G3 X148.922 Y128.091 I-10.945 J10.153 E.04302
; LINE_WIDTH: 0.515663
G1 F7615.131
G1 X149.592 Y128.976 E.04276
G1 X149.791 Y129.038 E.00803
; LINE_WIDTH: 0.482831
G1 F8183.473
G1 X149.99 Y129.099 E.00748
; LINE_WIDTH: 0.48854
G1 F8078.632
G1 X150.175 Y129.056 E.00688
; LINE_WIDTH: 0.527081
G1 F7435.543
G1 X150.36 Y129.013 E.00748
G1 X150.595 Y128.735 E.01437
; LINE_WIDTH: 0.50611
G1 F7772.188
G1 X151.229 Y127.906 E.03938
; LINE_WIDTH: 0.505729
G1 F7778.587
G1 X151.819 Y127.224 E.03401
; LINE_WIDTH: 0.50336
G1 F7818.608
G1 X152.529 Y126.509 E.03778
; LINE_WIDTH: 0.501198
G1 F7855.494
G1 X153.268 Y125.866 E.03659
; LINE_WIDTH: 0.502598
G1 F7831.569
G1 X153.773 Y125.477 E.02389
; LINE_WIDTH: 0.503883
G1 F7809.738
G3 X154.801 Y124.83 I5.259 J7.217 E.04565
; LINE_WIDTH: 0.502305
G1 F7836.564
G1 X155.338 Y124.564 E.02244
; LINE_WIDTH: 0.501365
G1 F7852.632
G1 X155.883 Y124.336 E.02207
; LINE_WIDTH: 0.503258
G1 F7820.341
G3 X156.973 Y124.018 I2.429 J6.306 E.04265
; LINE_WIDTH: 0.502244
G1 F7837.605
G1 X157.705 Y123.904 E.02771
; LINE_WIDTH: 0.489459
G1 F8062.006
G1 X158.37 Y123.85 E.0243
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X159.105 Y123.895 E.02441
G3 X160.574 Y124.184 I-.894 J8.428 E.04973
G1 X161.554 Y124.549 E.0347
G2 X159.914 Y125.213 I4.23 J12.798 E.05875
G1 X159.192 Y125.59 E.02699
; LINE_WIDTH: 0.483617
G1 F8168.878
G1 X158.865 Y125.771 E.01343
; LINE_WIDTH: 0.517235
G1 F7589.893
G1 X158.538 Y125.953 E.01446
G1 X157.957 Y126.39 E.02812
; LINE_WIDTH: 0.511229
G1 F7687.233
G1 X157.452 Y126.824 E.02541
; LINE_WIDTH: 0.507428
G1 F7750.136
G1 X157.063 Y127.222 E.02105
; LINE_WIDTH: 0.509067
G1 F7722.886
G2 X156.416 Y128.051 I8.214 J7.077 E.03995
; LINE_WIDTH: 0.503398
G1 F7817.963
G1 X156.128 Y128.517 E.02056
; LINE_WIDTH: 0.505314
G1 F7785.568
G1 X155.891 Y128.983 E.01971
; LINE_WIDTH: 0.507042
G1 F7756.581
G2 X155.471 Y130.042 I8.485 J3.971 E.04312
; LINE_WIDTH: 0.503639
G1 F7813.874
G1 X155.282 Y130.75 E.02749
; LINE_WIDTH: 0.503837
G1 F7810.517
G1 X155.121 Y131.592 E.0322
; LINE_WIDTH: 0.505925
G1 F7775.294
G1 X155.025 Y132.333 E.02819
; LINE_WIDTH: 0.511726
G1 F7679.082
G2 X154.928 Y133.707 I31.36 J2.905 E.05263
; LINE_WIDTH: 0.511074
G1 F7689.777
G1 X154.897 Y134.537 E.03169
; LINE_WIDTH: 0.509618
G1 F7713.768
G1 X154.847 Y136.174 E.0623
; LINE_WIDTH: 0.504173
G1 F7804.828
G3 X154.806 Y137 I-25.978 J-.858 E.03105
; LINE_WIDTH: 0.502998
G1 F7824.76
G1 X154.757 Y137.634 E.02385
; LINE_WIDTH: 0.504098
G1 F7806.096
G1 X154.689 Y138.255 E.0235
; LINE_WIDTH: 0.504933
G1 F7791.989
G3 X154.413 Y139.717 I-11.563 J-1.427 E.05605
; LINE_WIDTH: 0.506255
G1 F7769.756
G1 X154.255 Y140.28 E.02206
; LINE_WIDTH: 0.506533
G1 F7765.097
G1 X154.039 Y140.876 E.02396
; LINE_WIDTH: 0.507546
G1 F7748.167
G3 X153.4 Y142.127 I-7.556 J-3.075 E.05324
; LINE_WIDTH: 0.506291
G1 F7769.152
G1 X152.978 Y142.732 E.02786
; LINE_WIDTH: 0.504803
G1 F7794.182
G3 X152.249 Y143.563 I-5.959 J-4.491 E.04163
; LINE_WIDTH: 0.502379
G1 F7835.302
G1 X151.827 Y143.96 E.02169
; LINE_WIDTH: 0.502219
G1 F7838.031
G1 X151.373 Y144.339 E.02214
; LINE_WIDTH: 0.505705
G1 F7778.99
G1 X150.907 Y144.693 E.02205
G1 X150.769 Y144.865 E.00831
; LINE_WIDTH: 0.478614
G1 F8262.679
G1 X150.7 Y145.297 E.01555
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X150.818 Y145.542 E.009
G1 X151.077 Y145.731 E.01064
G1 X151.776 Y145.981 E.02463
G1 X152.358 Y146.294 E.02194
G3 X153.306 Y147.025 I-8.3 J11.742 E.03972
G1 X153.636 Y147.06 E.011
G1 X153.766 Y147.019 E.00451
; LINE_WIDTH: 0.490015
G1 F8051.979
G1 X153.931 Y146.879 E.00788
; LINE_WIDTH: 0.530031
G1 F7390.512
G1 X154.096 Y146.74 E.00858
G1 X154.19 Y146.178 E.02262
; LINE_WIDTH: 0.502568
G1 F7832.08
G1 X154.268 Y145.655 E.01978
; LINE_WIDTH: 0.505754
G1 F7778.167
G1 X154.415 Y144.959 E.02683
; LINE_WIDTH: 0.506502
G1 F7765.616
G1 X154.608 Y144.308 E.02568
; LINE_WIDTH: 0.509214
G1 F7720.451
G3 X155.129 Y143.102 I7.922 J2.705 E.04997
; LINE_WIDTH: 0.507627
G1 F7746.817
G1 X155.445 Y142.564 E.02361
; LINE_WIDTH: 0.5028
G1 F7828.13
G1 X155.771 Y142.091 E.02151
; LINE_WIDTH: 0.503333
G1 F7819.066
G3 X156.518 Y141.22 I6.913 J5.164 E.04309
; LINE_WIDTH: 0.506111
G1 F7772.172
G1 X156.934 Y140.81 E.02204
; LINE_WIDTH: 0.506822
G1 F7760.26
G3 X158.107 Y139.856 I8.325 J9.038 E.05721
; LINE_WIDTH: 0.507496
G1 F7749.001
G3 X159.251 Y139.076 I14.317 J19.784 E.05239
; LINE_WIDTH: 0.50951
G1 F7715.554
G1 X160.943 Y138.028 E.07567
; LINE_WIDTH: 0.510718
G1 F7695.629
G1 X161.646 Y137.586 E.03167
; LINE_WIDTH: 0.511782
G1 F7678.166
G2 X163.003 Y136.652 I-13.218 J-20.658 E.06294
; LINE_WIDTH: 0.509979
G1 F7707.805
G1 X163.64 Y136.145 E.031
; LINE_WIDTH: 0.508379
G1 F7734.302
G2 X164.599 Y135.227 I-7.41 J-8.691 E.0504
; LINE_WIDTH: 0.507492
G1 F7749.068
G2 X165.256 Y134.391 I-7.672 J-6.706 E.04023
; LINE_WIDTH: 0.50504
G1 F7790.185
G1 X165.541 Y133.953 E.0197
; LINE_WIDTH: 0.504228
G1 F7803.897
G1 X165.799 Y133.469 E.0206
; LINE_WIDTH: 0.508982
G1 F7724.294
G2 X166.196 Y132.496 I-9.805 J-4.568 E.03995
; LINE_WIDTH: 0.505565
G1 F7781.344
G1 X166.382 Y131.807 E.0269
; LINE_WIDTH: 0.509091
G1 F7722.488
G1 X166.471 Y131.304 E.01942
; LINE_WIDTH: 0.51828
G1 F7573.207
G1 X166.555 Y130.581 E.02817
G1 X166.549 Y130.209 E.01444
; LINE_WIDTH: 0.48414
G1 F8159.204
G1 X166.544 Y129.836 E.0134
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X166.528 Y129.312 E.0174
G2 X166.258 Y127.268 I-12.849 J.655 E.06845
M73 P68 R4
G3 X167.935 Y128.897 I-5.53 J7.368 E.07776
G3 X168.279 Y129.377 I-4.434 J3.55 E.0196
G1 X168.548 Y129.842 E.01782
; LINE_WIDTH: 0.483424
G1 F8172.457
G1 X168.76 Y130.333 E.01921
; LINE_WIDTH: 0.496152
G1 F7942.953
G1 X169.017 Y131.006 E.02661
; LINE_WIDTH: 0.500893
G1 F7860.725
G3 X169.287 Y132.122 I-5.496 J1.92 E.04289
; LINE_WIDTH: 0.498078
G1 F7909.342
G3 X169.387 Y133.282 I-7.41 J1.224 E.04324
; LINE_WIDTH: 0.502443
G1 F7834.21
G3 X169.343 Y134.507 I-7.147 J.357 E.04597
; LINE_WIDTH: 0.503846
G1 F7810.364
G3 X168.81 Y137.042 I-13.649 J-1.545 E.09742
; LINE_WIDTH: 0.508346
G1 F7734.849
G3 X168.435 Y138.112 I-14.268 J-4.403 E.04302
; LINE_WIDTH: 0.508189
G1 F7737.459
G1 X168.219 Y138.626 E.02112
; LINE_WIDTH: 0.513863
G1 F7644.237
G1 X168.007 Y139.121 E.02067
G1 X168.045 Y139.312 E.00749
; LINE_WIDTH: 0.481931
G1 F8200.249
G1 X168.082 Y139.504 E.00698
; LINE_WIDTH: 0.48265
G1 F8186.842
G1 X168.304 Y139.77 E.01241
; LINE_WIDTH: 0.504857
G1 F7793.27
G1 X168.604 Y139.871 E.01192
G1 X169.623 Y140.001 E.03867
; LINE_WIDTH: 0.508234
G1 F7736.711
G3 X170.852 Y140.237 I-1.938 J13.423 E.04748
; LINE_WIDTH: 0.507931
G1 F7741.752
G1 X171.615 Y140.446 E.02999
; LINE_WIDTH: 0.501928
G1 F7843
G1 X172.597 Y140.787 E.03886
; LINE_WIDTH: 0.50572
G1 F7778.738
G3 X173.674 Y141.28 I-2.778 J7.488 E.04471
; LINE_WIDTH: 0.501836
G1 F7844.573
G1 X174.208 Y141.58 E.0229
; LINE_WIDTH: 0.505701
G1 F7779.057
G3 X175.16 Y142.253 I-3.596 J6.097 E.04402
; LINE_WIDTH: 0.503052
G1 F7823.842
G1 X175.591 Y142.641 E.02176
; LINE_WIDTH: 0.500436
G1 F7868.577
G3 X176.452 Y143.625 I-5.196 J5.416 E.04879
; LINE_WIDTH: 0.489457
G1 F8062.041
G1 X176.781 Y144.077 E.02036
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X177.114 Y144.719 E.02399
G3 X177.549 Y145.878 I-7.54 J3.494 E.04111
G3 X177.805 Y147.269 I-7.927 J2.178 E.04698
G2 X176.117 Y145.992 I-9.725 J11.093 E.07027
G1 X175.509 Y145.617 E.02369
; LINE_WIDTH: 0.480118
G1 F8234.255
G1 X175.247 Y145.466 E.0108
; LINE_WIDTH: 0.510237
G1 F7703.55
G1 X174.984 Y145.314 E.01154
G1 X174.374 Y145.059 E.02517
; LINE_WIDTH: 0.510496
G1 F7699.283
G2 X173.269 Y144.734 I-3.129 J8.588 E.04394
; LINE_WIDTH: 0.508764
G1 F7727.909
G1 X172.75 Y144.636 E.02002
; LINE_WIDTH: 0.506475
G1 F7766.068
G2 X171.681 Y144.569 I-1.083 J8.726 E.04051
; LINE_WIDTH: 0.504744
G1 F7795.178
G1 X171.157 Y144.588 E.01971
; LINE_WIDTH: 0.504929
G1 F7792.056
G1 X170.616 Y144.651 E.02049
; LINE_WIDTH: 0.509443
G1 F7716.662
G2 X169.602 Y144.864 I2.132 J12.632 E.03943
; LINE_WIDTH: 0.507621
G1 F7746.917
G1 X168.826 Y145.111 E.03084
; LINE_WIDTH: 0.509219
G1 F7720.369
G1 X168.065 Y145.41 E.03105
; LINE_WIDTH: 0.510417
G1 F7700.584
G1 X167.317 Y145.75 E.0313
; LINE_WIDTH: 0.511074
G1 F7689.777
G2 X165.84 Y146.509 I16.897 J34.678 E.06337
; LINE_WIDTH: 0.50962
G1 F7713.735
G1 X164.397 Y147.285 E.06229
; LINE_WIDTH: 0.504174
G1 F7804.81
G3 X163.662 Y147.662 I-12.205 J-22.845 E.03105
; LINE_WIDTH: 0.502999
G1 F7824.743
G1 X163.088 Y147.937 E.02386
; LINE_WIDTH: 0.504099
G1 F7806.079
G1 X162.516 Y148.189 E.0235
; LINE_WIDTH: 0.504933
G1 F7791.989
G3 X161.112 Y148.681 I-4.546 J-10.728 E.05605
; LINE_WIDTH: 0.506257
G1 F7769.723
G1 X160.545 Y148.825 E.02206
; LINE_WIDTH: 0.506534
G1 F7765.081
G1 X159.921 Y148.936 E.02396
; LINE_WIDTH: 0.507546
G1 F7748.167
G3 X158.518 Y149.007 I-1.116 J-8.081 E.05325
; LINE_WIDTH: 0.506289
G1 F7769.186
G1 X157.783 Y148.945 E.02786
; LINE_WIDTH: 0.504803
G1 F7794.182
G3 X156.699 Y148.729 I.91 J-7.407 E.04163
; LINE_WIDTH: 0.50238
G1 F7835.285
G1 X156.144 Y148.563 E.02169
; LINE_WIDTH: 0.502221
G1 F7837.998
G1 X155.589 Y148.358 E.02214
; LINE_WIDTH: 0.505704
G1 F7779.007
G1 X155.05 Y148.132 E.02205
G1 X154.832 Y148.099 E.00832
; LINE_WIDTH: 0.478568
G1 F8263.552
G1 X154.423 Y148.255 E.01554
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X154.27 Y148.479 E.009
G1 X154.236 Y148.799 E.01068
G1 X154.364 Y149.496 E.02349
G1 X154.39 Y150.159 E.02204
G3 X154.231 Y151.375 I-12.809 J-1.053 E.04069
G1 X154.365 Y151.678 E.01099
G1 X154.531 Y151.82 E.00724
; LINE_WIDTH: 0.489113
G1 F8068.257
G1 X154.702 Y151.868 E.00644
; LINE_WIDTH: 0.528227
G1 F7417.985
G1 X154.872 Y151.916 E.00701
G1 X155.06 Y151.845 E.00793
; LINE_WIDTH: 0.517046
G1 F7592.918
G1 X155.61 Y151.635 E.02277
; LINE_WIDTH: 0.500731
G1 F7863.507
G1 X156.17 Y151.432 E.02219
; LINE_WIDTH: 0.502074
G1 F7840.507
G1 X156.728 Y151.264 E.0218
; LINE_WIDTH: 0.50364
G1 F7813.857
G1 X157.282 Y151.136 E.02135
; LINE_WIDTH: 0.506643
G1 F7763.256
G1 X157.89 Y151.041 E.02326
; LINE_WIDTH: 0.517493
G1 F7585.767
G3 X159.162 Y150.997 I.964 J9.543 E.04927
; LINE_WIDTH: 0.502798
G1 F7828.163
G1 X159.735 Y151.044 E.02151
; LINE_WIDTH: 0.503332
G1 F7819.083
G3 X160.863 Y151.254 I-1.016 J8.569 E.0431
; LINE_WIDTH: 0.506109
G1 F7772.205
G1 X161.426 Y151.41 E.02204
; LINE_WIDTH: 0.506824
G1 F7760.226
G3 X162.839 Y151.949 I-3.664 J11.727 E.05721
; LINE_WIDTH: 0.507495
G1 F7749.018
G3 X164.085 Y152.55 I-9.975 J22.291 E.05239
; LINE_WIDTH: 0.50951
G1 F7715.554
G1 X165.839 Y153.491 E.07567
; LINE_WIDTH: 0.510719
G1 F7695.613
G1 X166.574 Y153.879 E.03168
; LINE_WIDTH: 0.511769
G1 F7678.379
G2 X168.061 Y154.588 I11.509 J-22.234 E.06297
; LINE_WIDTH: 0.509709
G1 F7712.264
G2 X169.594 Y155.13 I5.07 J-11.887 E.06187
; LINE_WIDTH: 0.508381
G1 F7734.267
G1 X170.094 Y155.256 E.01957
; LINE_WIDTH: 0.507493
G1 F7749.051
G2 X171.145 Y155.407 I1.95 J-9.872 E.04021
; LINE_WIDTH: 0.505272
G1 F7786.275
G1 X171.668 Y155.435 E.01973
; LINE_WIDTH: 0.504224
G1 F7803.964
G1 X172.215 Y155.417 E.0206
; LINE_WIDTH: 0.508984
G1 F7724.261
G2 X173.257 Y155.274 I-.947 J-10.779 E.03995
; LINE_WIDTH: 0.505562
G1 F7781.394
G1 X173.947 Y155.091 E.0269
; LINE_WIDTH: 0.509089
G1 F7722.521
G1 X174.427 Y154.916 E.01942
; LINE_WIDTH: 0.518282
G1 F7573.176
G1 X175.095 Y154.628 E.02817
G1 X175.415 Y154.436 E.01444
; LINE_WIDTH: 0.484141
G1 F8159.185
G1 X175.735 Y154.245 E.0134
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X176.225 Y153.948 E.01904
G2 X177.821 Y152.718 I-9.233 J-13.636 E.06688
G1 X177.792 Y152.974 E.00855
G3 X177.312 Y154.825 I-10.986 J-1.865 E.06352
G3 X177.084 Y155.354 I-6.751 J-2.591 E.01911
G1 X176.77 Y155.941 E.02207
; LINE_WIDTH: 0.499311
G1 F7887.973
G1 X176.323 Y156.556 E.02828
; LINE_WIDTH: 0.500911
G1 F7860.417
G1 X175.967 Y156.972 E.02045
; LINE_WIDTH: 0.501428
G1 F7851.553
G1 X175.568 Y157.384 E.0214
; LINE_WIDTH: 0.501806
G1 F7845.085
G3 X174.172 Y158.442 I-6.201 J-6.728 E.06561
; LINE_WIDTH: 0.503858
G1 F7810.161
G3 X173.089 Y159.01 I-4.649 J-7.556 E.04596
; LINE_WIDTH: 0.506422
G1 F7766.957
G3 X171.568 Y159.57 I-4.915 J-10.992 E.06125
; LINE_WIDTH: 0.507531
G1 F7748.418
G1 X170.933 Y159.741 E.02489
; LINE_WIDTH: 0.508168
G1 F7737.809
G3 X169.5 Y160.023 I-3.701 J-15.049 E.05542
; LINE_WIDTH: 0.515669
G1 F7615.035
G1 X168.411 Y160.159 E.04225
G1 X168.258 Y160.3 E.00803
; LINE_WIDTH: 0.482834
G1 F8183.418
G1 X168.105 Y160.442 E.00748
; LINE_WIDTH: 0.488541
G1 F8078.614
G1 X168.051 Y160.624 E.00688
; LINE_WIDTH: 0.527083
G1 F7435.513
G1 X167.996 Y160.805 E.00748
G1 X168.12 Y161.15 E.01446
; LINE_WIDTH: 0.506097
G1 F7772.407
G1 X168.475 Y161.995 E.03462
; LINE_WIDTH: 0.507782
G1 F7744.234
G1 X168.736 Y162.716 E.02904
; LINE_WIDTH: 0.508399
G1 F7733.969
G3 X169.152 Y164.253 I-13.751 J4.546 E.06043
; LINE_WIDTH: 0.507713
G1 F7745.383
G1 X169.265 Y164.892 E.02455
; LINE_WIDTH: 0.502769
G1 F7828.657
G3 X169.39 Y166.143 I-8.83 J1.514 E.04716
; LINE_WIDTH: 0.501836
G1 F7844.573
G1 X169.396 Y166.754 E.02286
; LINE_WIDTH: 0.505593
G1 F7780.873
G3 X169.286 Y167.917 I-6.699 J-.047 E.04407
; LINE_WIDTH: 0.501392
G1 F7852.17
G3 X169.013 Y169.028 I-7.019 J-1.138 E.0428
; LINE_WIDTH: 0.500436
G1 F7868.577
G1 X168.747 Y169.72 E.02765
; LINE_WIDTH: 0.489457
G1 F8062.041
G1 X168.521 Y170.231 E.02032
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X168.105 Y170.889 E.02583
G3 X166.266 Y172.719 I-6.451 J-4.639 E.08645
G2 X166.497 Y171.083 I-14.164 J-2.829 E.05486
G1 X166.544 Y170.166 E.03044
; LINE_WIDTH: 0.484066
G1 F8160.572
G1 X166.549 Y169.793 E.01342
; LINE_WIDTH: 0.518132
G1 F7575.566
G1 X166.555 Y169.42 E.01446
G1 X166.472 Y168.697 E.02819
; LINE_WIDTH: 0.510818
G1 F7693.985
G2 X166.194 Y167.504 I-9.174 J1.513 E.04674
; LINE_WIDTH: 0.509069
G1 F7722.852
G2 X165.801 Y166.531 I-10.059 J3.501 E.03986
; LINE_WIDTH: 0.503399
G1 F7817.946
G1 X165.541 Y166.049 E.02057
; LINE_WIDTH: 0.505315
G1 F7785.551
G1 X165.256 Y165.61 E.01971
; LINE_WIDTH: 0.507041
G1 F7756.598
G2 X164.548 Y164.717 I-7.682 J5.363 E.04312
; LINE_WIDTH: 0.50364
G1 F7813.857
G1 X164.031 Y164.199 E.02749
; LINE_WIDTH: 0.503837
G1 F7810.517
G1 X163.381 Y163.639 E.0322
; LINE_WIDTH: 0.505924
G1 F7775.311
G1 X162.788 Y163.186 E.02818
; LINE_WIDTH: 0.511726
G1 F7679.082
G2 X161.646 Y162.415 I-18.198 J25.709 E.05263
; LINE_WIDTH: 0.511073
G1 F7689.794
G1 X160.943 Y161.972 E.03169
; LINE_WIDTH: 0.50962
G1 F7713.735
G1 X159.55 Y161.11 E.0623
; LINE_WIDTH: 0.504174
G1 F7804.81
G3 X158.856 Y160.663 I13.669 J-21.971 E.03105
; LINE_WIDTH: 0.502999
G1 F7824.743
G1 X158.331 Y160.303 E.02386
; LINE_WIDTH: 0.504099
G1 F7806.079
G1 X157.826 Y159.933 E.0235
; LINE_WIDTH: 0.504934
G1 F7791.972
G3 X156.699 Y158.963 I7.018 J-9.301 E.05605
; LINE_WIDTH: 0.506256
G1 F7769.739
G1 X156.291 Y158.545 E.02206
; LINE_WIDTH: 0.506533
G1 F7765.097
G1 X155.882 Y158.06 E.02396
; LINE_WIDTH: 0.507544
G1 F7748.201
G3 X155.119 Y156.881 I6.441 J-5.007 E.05325
; LINE_WIDTH: 0.506289
G1 F7769.186
G1 X154.806 Y156.213 E.02786
; LINE_WIDTH: 0.504804
G1 F7794.164
G3 X154.45 Y155.166 I6.869 J-2.915 E.04163
; LINE_WIDTH: 0.50238
G1 F7835.285
G1 X154.317 Y154.602 E.02169
; LINE_WIDTH: 0.502221
G1 F7837.998
G1 X154.216 Y154.019 E.02214
; LINE_WIDTH: 0.505702
G1 F7779.04
G1 X154.142 Y153.439 E.02206
G1 X154.067 Y153.231 E.00833
; LINE_WIDTH: 0.487924
G1 F8089.815
G1 X153.765 Y152.972 E.01443
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X153.452 Y152.936 E.01045
G1 X153.157 Y153.067 E.01072
G1 X152.675 Y153.486 E.02117
G1 X152.038 Y153.895 E.02512
G3 X150.924 Y154.352 I-7.775 J-17.375 E.03992
G1 X150.729 Y154.62 E.01099
G1 X150.69 Y154.834 E.00724
; LINE_WIDTH: 0.490009
G1 F8052.097
G1 X150.733 Y155.006 E.00646
; LINE_WIDTH: 0.530018
G1 F7390.71
G1 X150.776 Y155.178 E.00704
G1 X151.215 Y155.54 E.02258
; LINE_WIDTH: 0.502571
G1 F7832.029
G1 X151.629 Y155.868 E.01978
; LINE_WIDTH: 0.505754
G1 F7778.167
G1 X152.158 Y156.344 E.02683
; LINE_WIDTH: 0.506501
G1 F7765.633
G1 X152.626 Y156.837 E.02568
; LINE_WIDTH: 0.509215
G1 F7720.435
G3 X153.41 Y157.891 I-6.304 J5.508 E.04997
; LINE_WIDTH: 0.507629
G1 F7746.783
G1 X153.717 Y158.433 E.02361
; LINE_WIDTH: 0.5028
G1 F7828.13
G1 X153.963 Y158.952 E.02151
; LINE_WIDTH: 0.503332
G1 F7819.083
G3 X154.345 Y160.035 I-7.929 J3.404 E.0431
; LINE_WIDTH: 0.506109
G1 F7772.205
G1 X154.492 Y160.6 E.02204
; LINE_WIDTH: 0.506821
G1 F7760.276
G3 X154.732 Y162.093 I-11.989 J2.69 E.05721
; LINE_WIDTH: 0.507492
G1 F7749.068
G3 X154.835 Y163.473 I-24.298 J2.507 E.05239
; LINE_WIDTH: 0.509508
G1 F7715.586
G1 X154.897 Y165.462 E.07567
; LINE_WIDTH: 0.510719
G1 F7695.613
G1 X154.928 Y166.293 E.03167
; LINE_WIDTH: 0.511783
G1 F7678.149
G2 X155.058 Y167.935 I24.505 J-1.119 E.06294
; LINE_WIDTH: 0.509977
G1 F7707.839
G1 X155.178 Y168.74 E.031
; LINE_WIDTH: 0.508379
G1 F7734.302
G2 X155.495 Y170.03 I11.232 J-2.072 E.0504
; LINE_WIDTH: 0.507494
G1 F7749.034
G2 X155.89 Y171.016 I9.643 J-3.291 E.04023
; LINE_WIDTH: 0.505039
G1 F7790.201
G1 X156.127 Y171.482 E.0197
; LINE_WIDTH: 0.504228
G1 F7803.897
G1 X156.417 Y171.948 E.0206
; LINE_WIDTH: 0.508985
G1 F7724.245
G2 X157.061 Y172.778 I8.858 J-6.207 E.03995
; LINE_WIDTH: 0.505565
G1 F7781.344
G1 X157.565 Y173.284 E.0269
; LINE_WIDTH: 0.505059
G1 F7789.864
G1 X158.158 Y173.777 E.02904
; LINE_WIDTH: 0.521497
G1 F7522.3
G2 X158.888 Y174.244 I2.341 J-2.849 E.03389
; LINE_WIDTH: 0.485748
G1 F8129.568
G1 X159.191 Y174.409 E.01245
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X159.653 Y174.658 E.0174
G2 X161.557 Y175.446 I5.857 J-11.455 E.06845
G3 X159.308 Y176.083 I-3.616 J-8.473 E.07776
G3 X158.72 Y176.142 I-.857 J-5.615 E.0196
G1 X158.183 Y176.142 E.01782
; LINE_WIDTH: 0.483427
G1 F8172.402
G1 X157.652 Y176.08 E.01921
; LINE_WIDTH: 0.496152
G1 F7942.953
G1 X156.94 Y175.966 E.02661
; LINE_WIDTH: 0.500893
G1 F7860.725
G3 X155.84 Y175.642 I1.085 J-5.719 E.04289
; LINE_WIDTH: 0.49808
G1 F7909.306
G3 X154.785 Y175.149 I2.645 J-7.028 E.04323
; LINE_WIDTH: 0.502445
G1 F7834.177
G3 X153.746 Y174.498 I3.264 J-6.368 E.04597
; LINE_WIDTH: 0.503848
G1 F7810.33
G3 X152.495 Y173.464 I7.013 J-9.756 E.061
; LINE_WIDTH: 0.507767
G1 F7744.483
G1 X151.925 Y172.892 E.0306
; LINE_WIDTH: 0.50827
G1 F7736.112
G3 X150.741 Y171.465 I14.022 J-12.837 E.07032
; LINE_WIDTH: 0.513862
G1 F7644.253
G1 X150.418 Y171.034 E.02067
G1 X150.234 Y170.971 E.00749
; LINE_WIDTH: 0.481931
G1 F8200.26
G1 X150.049 Y170.908 E.00698
; LINE_WIDTH: 0.482655
G1 F8186.749
G1 X149.707 Y170.966 E.01241
; LINE_WIDTH: 0.50501
G1 F7790.69
G1 X149.471 Y171.175 E.01188
; LINE_WIDTH: 0.508425
G1 F7733.537
G3 X148.676 Y172.211 I-15.133 J-10.79 E.04956
; LINE_WIDTH: 0.507941
G1 F7741.586
G1 X148.182 Y172.775 E.02839
; LINE_WIDTH: 0.503421
G1 F7817.572
G1 X147.471 Y173.489 E.03783
; LINE_WIDTH: 0.501385
G1 F7852.289
G3 X146.223 Y174.521 I-7.674 J-8.009 E.06055
; LINE_WIDTH: 0.500598
G1 F7865.792
G1 X145.712 Y174.865 E.02297
; LINE_WIDTH: 0.501837
G1 F7844.555
G1 X145.188 Y175.175 E.02274
; LINE_WIDTH: 0.505699
G1 F7779.091
G3 X144.129 Y175.663 I-3.482 J-6.163 E.04403
; LINE_WIDTH: 0.503052
G1 F7823.842
G1 X143.577 Y175.842 E.02176
; LINE_WIDTH: 0.500274
G1 F7871.364
G3 X142.531 Y176.069 I-2.275 J-7.953 E.03992
; LINE_WIDTH: 0.498806
G1 F7896.711
G1 X142.007 Y176.137 E.01965
; LINE_WIDTH: 0.461061
G1 F8609.536
G1 X141.374 Y176.149 E.02157
; LINE_WIDTH: 0.449999
G1 F8843.491
G3 X138.455 Y175.455 I.374 J-8.06 E.10012
G2 X140.009 Y174.833 I-10.643 J-28.836 E.05554
G1 X140.816 Y174.416 E.03013
; LINE_WIDTH: 0.480106
G1 F8234.491
G1 X141.192 Y174.197 E.01552
; LINE_WIDTH: 0.510212
G1 F7703.962
G1 X141.569 Y173.978 E.01658
G1 X142.175 Y173.511 E.02912
; LINE_WIDTH: 0.510314
G1 F7702.281
G2 X142.924 Y172.785 I-6.007 J-6.947 E.03976
; LINE_WIDTH: 0.509756
G1 F7711.487
G1 X143.285 Y172.366 E.02103
; LINE_WIDTH: 0.504057
G1 F7806.791
G1 X143.591 Y171.938 E.01977
; LINE_WIDTH: 0.506899
G1 F7758.972
G2 X144.109 Y171.029 I-9.544 J-6.04 E.03957
; LINE_WIDTH: 0.504837
G1 F7793.607
G1 X144.325 Y170.529 E.02049
; LINE_WIDTH: 0.508231
G1 F7736.761
G1 X144.498 Y170.037 E.01977
; LINE_WIDTH: 0.508591
G1 F7730.78
G2 X144.821 Y168.748 I-9.64 J-3.099 E.05048
; LINE_WIDTH: 0.509219
G1 F7720.369
G1 X144.942 Y167.94 E.03105
; LINE_WIDTH: 0.510417
G1 F7700.584
G1 X145.022 Y167.122 E.03131
; LINE_WIDTH: 0.511075
G1 F7689.76
G2 X145.103 Y165.463 I-38.474 J-2.706 E.06336
; LINE_WIDTH: 0.509619
G1 F7713.751
G1 X145.153 Y163.826 E.0623
; LINE_WIDTH: 0.504175
G1 F7804.793
G3 X145.194 Y163 I25.978 J.858 E.03105
; LINE_WIDTH: 0.502997
G1 F7824.778
G1 X145.243 Y162.366 E.02385
; LINE_WIDTH: 0.504059
G1 F7806.757
G1 X145.31 Y161.75 E.0233
; LINE_WIDTH: 0.507095
G1 F7755.696
G1 X145.397 Y161.149 E.02295
; LINE_WIDTH: 0.508139
G1 F7738.291
G3 X145.662 Y160.009 I9.053 J1.501 E.04442
; LINE_WIDTH: 0.503429
G1 F7817.437
G1 X145.839 Y159.456 E.02176
; LINE_WIDTH: 0.503236
G1 F7820.715
G1 X146.05 Y158.922 E.02153
; LINE_WIDTH: 0.502539
G1 F7832.575
G1 X146.306 Y158.391 E.02209
; LINE_WIDTH: 0.50207
G1 F7840.575
G1 X146.855 Y157.498 E.03922
G1 X147.191 Y157.06 E.02067
; LINE_WIDTH: 0.501422
G1 F7851.656
G1 X147.56 Y156.637 E.02098
; LINE_WIDTH: 0.502595
G1 F7831.62
G3 X148.401 Y155.845 I6.219 J5.762 E.04329
; LINE_WIDTH: 0.508231
G1 F7736.761
G1 X149.099 Y155.304 E.0335
G1 X149.235 Y155.139 E.00811
; LINE_WIDTH: 0.489242
G1 F8065.925
G1 X149.308 Y154.747 E.01449
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X149.182 Y154.458 E.01044
G1 X148.924 Y154.269 E.01064
G1 X148.224 Y154.019 E.02463
G1 X147.642 Y153.706 E.02194
G1 X146.786 Y153.027 E.03625
G1 X146.491 Y152.931 E.01029
G1 X146.18 Y153.004 E.01059
; LINE_WIDTH: 0.490015
G1 F8051.989
G1 X146.042 Y153.132 E.00686
; LINE_WIDTH: 0.53003
G1 F7390.528
G1 X145.904 Y153.26 E.00747
G1 X145.81 Y153.822 E.02262
; LINE_WIDTH: 0.502568
G1 F7832.08
G1 X145.732 Y154.345 E.01978
; LINE_WIDTH: 0.505754
G1 F7778.167
G1 X145.585 Y155.041 E.02683
; LINE_WIDTH: 0.506501
G1 F7765.633
G1 X145.392 Y155.692 E.02568
; LINE_WIDTH: 0.509215
G1 F7720.435
G3 X144.871 Y156.898 I-7.922 J-2.705 E.04997
; LINE_WIDTH: 0.507627
G1 F7746.817
G1 X144.555 Y157.436 E.02361
; LINE_WIDTH: 0.5028
G1 F7828.13
G1 X144.229 Y157.909 E.02151
; LINE_WIDTH: 0.503332
G1 F7819.083
G3 X143.482 Y158.78 I-6.912 J-5.164 E.04309
; LINE_WIDTH: 0.50611
G1 F7772.188
G1 X143.066 Y159.19 E.02204
; LINE_WIDTH: 0.506821
G1 F7760.276
G3 X141.893 Y160.144 I-8.325 J-9.039 E.05721
; LINE_WIDTH: 0.507495
G1 F7749.018
G3 X140.749 Y160.924 I-14.317 J-19.784 E.05239
; LINE_WIDTH: 0.509509
G1 F7715.569
G1 X139.057 Y161.972 E.07567
; LINE_WIDTH: 0.510718
G1 F7695.629
G1 X138.354 Y162.414 E.03167
; LINE_WIDTH: 0.511781
G1 F7678.181
G2 X136.997 Y163.348 I13.218 J20.658 E.06294
; LINE_WIDTH: 0.509979
G1 F7707.805
G1 X136.36 Y163.855 E.031
; LINE_WIDTH: 0.50838
G1 F7734.284
G2 X135.401 Y164.773 I7.41 J8.691 E.0504
; LINE_WIDTH: 0.507492
G1 F7749.068
G2 X134.744 Y165.609 I7.672 J6.706 E.04023
; LINE_WIDTH: 0.505039
G1 F7790.201
G1 X134.459 Y166.047 E.0197
; LINE_WIDTH: 0.504229
G1 F7803.88
G1 X134.201 Y166.531 E.0206
; LINE_WIDTH: 0.508984
G1 F7724.261
G2 X133.804 Y167.504 I9.805 J4.568 E.03995
; LINE_WIDTH: 0.505566
G1 F7781.327
G1 X133.618 Y168.193 E.0269
; LINE_WIDTH: 0.505059
G1 F7789.864
G1 X133.488 Y168.953 E.02904
; LINE_WIDTH: 0.521497
G1 F7522.3
G2 X133.448 Y169.819 I3.637 J.603 E.03389
; LINE_WIDTH: 0.485748
G1 F8129.568
G1 X133.456 Y170.164 E.01245
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X133.472 Y170.688 E.0174
G2 X133.742 Y172.732 I12.848 J-.655 E.06845
G3 X132.065 Y171.103 I5.53 J-7.368 E.07776
G3 X131.721 Y170.623 I4.434 J-3.55 E.0196
G1 X131.452 Y170.158 E.01782
; LINE_WIDTH: 0.483425
G1 F8172.438
G1 X131.24 Y169.667 E.01921
; LINE_WIDTH: 0.496153
G1 F7942.934
G1 X130.983 Y168.994 E.02661
; LINE_WIDTH: 0.500891
G1 F7860.759
G3 X130.713 Y167.878 I5.496 J-1.92 E.04289
; LINE_WIDTH: 0.498078
G1 F7909.342
G3 X130.613 Y166.718 I7.409 J-1.224 E.04324
; LINE_WIDTH: 0.502443
G1 F7834.21
G3 X130.657 Y165.493 I7.147 J-.357 E.04597
; LINE_WIDTH: 0.503847
G1 F7810.347
G3 X131.19 Y162.958 I13.649 J1.545 E.09742
; LINE_WIDTH: 0.508347
G1 F7734.832
G3 X131.565 Y161.888 I14.266 J4.402 E.04302
; LINE_WIDTH: 0.508172
G1 F7737.742
G1 X131.921 Y161.047 E.03463
G1 X131.982 Y160.804 E.00948
; LINE_WIDTH: 0.476203
G1 F8308.657
G1 X131.918 Y160.496 E.0111
; LINE_WIDTH: 0.472658
G1 F8377.198
G1 X131.695 Y160.234 E.01205
; LINE_WIDTH: 0.504858
G1 F7793.253
G1 X131.396 Y160.129 E.01192
G1 X130.377 Y159.999 E.03867
; LINE_WIDTH: 0.508234
G1 F7736.711
G3 X129.148 Y159.763 I1.938 J-13.423 E.04748
; LINE_WIDTH: 0.507931
G1 F7741.752
G1 X128.385 Y159.554 E.02999
; LINE_WIDTH: 0.501928
G1 F7843
G1 X127.403 Y159.213 E.03886
; LINE_WIDTH: 0.505721
G1 F7778.721
G3 X126.326 Y158.72 I2.778 J-7.488 E.04471
; LINE_WIDTH: 0.501836
G1 F7844.573
G1 X125.792 Y158.42 E.0229
; LINE_WIDTH: 0.505593
G1 F7780.873
G3 X124.841 Y157.744 I3.391 J-5.779 E.04407
; LINE_WIDTH: 0.501393
G1 F7852.153
G3 X124.015 Y156.952 I4.495 J-5.51 E.0428
; LINE_WIDTH: 0.500437
G1 F7868.56
G1 X123.548 Y156.375 E.02765
; LINE_WIDTH: 0.489458
G1 F8062.023
G1 X123.219 Y155.924 E.02032
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X122.858 Y155.235 E.02582
G3 X122.181 Y152.722 I8.371 J-3.602 E.08661
G2 X123.877 Y154.017 I11.612 J-13.45 E.07082
G1 X124.491 Y154.383 E.02371
; LINE_WIDTH: 0.480119
G1 F8234.246
G1 X124.753 Y154.534 E.0108
; LINE_WIDTH: 0.510238
G1 F7703.534
G1 X125.016 Y154.686 E.01154
G1 X125.626 Y154.941 E.02516
; LINE_WIDTH: 0.510497
G1 F7699.266
G2 X126.731 Y155.266 I3.129 J-8.588 E.04395
; LINE_WIDTH: 0.508765
G1 F7727.893
G1 X127.25 Y155.364 E.02002
; LINE_WIDTH: 0.506475
G1 F7766.068
G2 X128.319 Y155.431 I1.083 J-8.726 E.04051
; LINE_WIDTH: 0.504744
G1 F7795.178
G1 X128.843 Y155.412 E.01971
; LINE_WIDTH: 0.504929
G1 F7792.056
G1 X129.384 Y155.349 E.02049
; LINE_WIDTH: 0.509444
G1 F7716.645
G2 X130.398 Y155.136 I-2.132 J-12.632 E.03943
; LINE_WIDTH: 0.507621
G1 F7746.917
G1 X131.174 Y154.889 E.03084
; LINE_WIDTH: 0.509219
G1 F7720.369
G1 X131.935 Y154.59 E.03105
; LINE_WIDTH: 0.510417
G1 F7700.584
G1 X132.683 Y154.25 E.03131
; LINE_WIDTH: 0.511073
G1 F7689.794
G2 X134.16 Y153.491 I-16.897 J-34.678 E.06337
; LINE_WIDTH: 0.50962
G1 F7713.735
G1 X135.603 Y152.715 E.06229
; LINE_WIDTH: 0.504174
G1 F7804.81
G3 X136.338 Y152.338 I12.236 J22.906 E.03105
; LINE_WIDTH: 0.502999
G1 F7824.743
G1 X136.912 Y152.063 E.02386
; LINE_WIDTH: 0.504098
G1 F7806.096
G1 X137.484 Y151.811 E.0235
; LINE_WIDTH: 0.504933
G1 F7791.989
G3 X138.888 Y151.319 I4.546 J10.728 E.05605
; LINE_WIDTH: 0.506256
G1 F7769.739
G1 X139.455 Y151.175 E.02206
; LINE_WIDTH: 0.506534
G1 F7765.081
G1 X140.079 Y151.064 E.02396
; LINE_WIDTH: 0.507547
G1 F7748.15
G3 X141.482 Y150.993 I1.115 J8.081 E.05325
; LINE_WIDTH: 0.506289
G1 F7769.186
G1 X142.217 Y151.055 E.02786
; LINE_WIDTH: 0.504803
G1 F7794.182
G3 X143.301 Y151.271 I-.91 J7.407 E.04163
; LINE_WIDTH: 0.50238
G1 F7835.285
G1 X143.856 Y151.437 E.02169
; LINE_WIDTH: 0.502221
G1 F7837.998
G1 X144.411 Y151.642 E.02214
; LINE_WIDTH: 0.505706
G1 F7778.973
G1 X144.95 Y151.868 E.02205
G1 X145.168 Y151.901 E.00832
; LINE_WIDTH: 0.478568
G1 F8263.552
G1 X145.544 Y151.773 E.01408
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X145.73 Y151.521 E.0104
G1 X145.764 Y151.201 E.01067
G1 X145.636 Y150.504 E.0235
G1 X145.61 Y149.841 E.02204
G1 X145.771 Y148.73 E.03724
G1 X145.706 Y148.427 E.01027
G1 X145.543 Y148.226 E.00858
; LINE_WIDTH: 0.490007
G1 F8052.133
G1 X145.335 Y148.155 E.008
; LINE_WIDTH: 0.530014
G1 F7390.771
G1 X145.127 Y148.083 E.00872
G1 X144.595 Y148.282 E.02257
; LINE_WIDTH: 0.502573
G1 F7831.995
G1 X144.104 Y148.476 E.01978
; LINE_WIDTH: 0.505756
G1 F7778.133
G1 X143.427 Y148.697 E.02683
; LINE_WIDTH: 0.506503
G1 F7765.6
G1 X142.766 Y148.855 E.02568
; LINE_WIDTH: 0.509217
G1 F7720.401
G3 X141.461 Y149.007 I-1.618 J-8.214 E.04997
; LINE_WIDTH: 0.507627
G1 F7746.817
G1 X140.838 Y149.003 E.02361
; LINE_WIDTH: 0.5028
G1 F7828.13
G1 X140.265 Y148.956 E.02151
; LINE_WIDTH: 0.503332
G1 F7819.083
G3 X139.137 Y148.746 I1.016 J-8.569 E.0431
; LINE_WIDTH: 0.506109
G1 F7772.205
G1 X138.574 Y148.59 E.02204
; LINE_WIDTH: 0.506824
G1 F7760.226
G3 X137.161 Y148.051 I3.664 J-11.727 E.05721
; LINE_WIDTH: 0.507495
G1 F7749.018
G3 X135.915 Y147.45 I9.975 J-22.291 E.05239
; LINE_WIDTH: 0.50951
G1 F7715.554
G1 X134.161 Y146.509 E.07567
; LINE_WIDTH: 0.51072
G1 F7695.596
G1 X133.426 Y146.121 E.03168
; LINE_WIDTH: 0.511769
G1 F7678.379
G2 X131.939 Y145.412 I-11.51 J22.235 E.06297
; LINE_WIDTH: 0.509706
G1 F7712.313
G2 X130.406 Y144.87 I-5.07 J11.887 E.06187
; LINE_WIDTH: 0.50838
G1 F7734.284
G1 X129.906 Y144.744 E.01957
; LINE_WIDTH: 0.507493
G1 F7749.051
G2 X128.855 Y144.593 I-1.95 J9.872 E.04022
; LINE_WIDTH: 0.505272
G1 F7786.275
G1 X128.332 Y144.565 E.01973
; LINE_WIDTH: 0.504223
G1 F7803.981
G1 X127.785 Y144.583 E.0206
; LINE_WIDTH: 0.508984
G1 F7724.261
G2 X126.743 Y144.726 I.947 J10.78 E.03995
; LINE_WIDTH: 0.505561
G1 F7781.411
G1 X126.053 Y144.909 E.0269
; LINE_WIDTH: 0.505059
G1 F7789.864
G1 X125.33 Y145.177 E.02904
; LINE_WIDTH: 0.5215
G1 F7522.253
G2 X124.56 Y145.575 I1.297 J3.452 E.0339
; LINE_WIDTH: 0.48575
G1 F8129.54
G1 X124.265 Y145.755 E.01245
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X123.775 Y146.052 E.01904
G2 X122.179 Y147.282 I9.233 J13.637 E.06688
G1 X122.208 Y147.026 E.00855
G3 X122.688 Y145.175 I10.986 J1.866 E.06352
G3 X122.916 Y144.646 I6.751 J2.591 E.01911
G1 X123.23 Y144.059 E.02207
; LINE_WIDTH: 0.499313
G1 F7887.939
G1 X123.677 Y143.444 E.02828
; LINE_WIDTH: 0.500912
G1 F7860.399
G1 X124.033 Y143.028 E.02045
; LINE_WIDTH: 0.501429
G1 F7851.536
G1 X124.432 Y142.616 E.0214
; LINE_WIDTH: 0.501807
G1 F7845.068
G3 X125.828 Y141.558 I6.201 J6.728 E.06561
; LINE_WIDTH: 0.503859
G1 F7810.144
G3 X126.911 Y140.99 I4.649 J7.555 E.04596
; LINE_WIDTH: 0.506423
G1 F7766.94
G3 X128.432 Y140.43 I4.915 J10.992 E.06125
; LINE_WIDTH: 0.507531
G1 F7748.418
G1 X129.067 Y140.259 E.02489
; LINE_WIDTH: 0.508168
G1 F7737.809
G3 X130.5 Y139.977 I3.701 J15.049 E.05542
; LINE_WIDTH: 0.515669
G1 F7615.035
G1 X131.589 Y139.841 E.04225
G1 X131.742 Y139.7 E.00803
; LINE_WIDTH: 0.482834
G1 F8183.418
G1 X131.895 Y139.558 E.00748
; LINE_WIDTH: 0.485217
G1 F8139.326
G1 X131.949 Y139.361 E.00735
; LINE_WIDTH: 0.520435
G1 F7539.029
G1 X132.003 Y139.165 E.00793
G1 X131.914 Y138.952 E.00898
; LINE_WIDTH: 0.512337
G1 F7669.087
G1 X131.521 Y137.999 E.03942
; LINE_WIDTH: 0.50449
G1 F7799.467
G1 X131.187 Y137.038 E.03826
; LINE_WIDTH: 0.508908
G1 F7725.52
G3 X130.735 Y135.106 I13.629 J-4.21 E.07542
; LINE_WIDTH: 0.499704
G1 F7881.187
G1 X130.653 Y134.467 E.02398
; LINE_WIDTH: 0.502048
G1 F7840.95
G3 X130.715 Y132.086 I9.185 J-.954 E.08937
; LINE_WIDTH: 0.500265
G1 F7871.52
G1 X130.831 Y131.518 E.02161
; LINE_WIDTH: 0.500141
G1 F7873.654
G1 X130.992 Y130.978 E.021
; LINE_WIDTH: 0.496513
G1 F7936.63
G1 X131.253 Y130.288 E.02727
; LINE_WIDTH: 0.486692
G1 F8112.274
G1 X131.539 Y129.686 E.0241
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X132.072 Y128.896 E.03162
G1 X132.392 Y128.493 E.01706
G1 X132.99 Y127.877 E.02849
G1 X133.736 Y127.267 E.03197
G2 X133.543 Y128.436 I969.978 J160.89 E.03932
G2 X133.459 Y129.385 I11.135 J1.456 E.03162
G1 X133.45 Y130.1 E.0237
; LINE_WIDTH: 0.480118
G1 F8234.265
G1 X133.45 Y130.403 E.0108
; LINE_WIDTH: 0.510236
G1 F7703.566
G1 X133.45 Y130.706 E.01154
G1 X133.534 Y131.361 E.02516
; LINE_WIDTH: 0.510498
G1 F7699.25
G2 X133.805 Y132.482 I9.003 J-1.584 E.04395
; LINE_WIDTH: 0.508767
G1 F7727.859
G1 X133.98 Y132.979 E.02002
; LINE_WIDTH: 0.506475
G1 F7766.068
G2 X134.457 Y133.939 I8.098 J-3.425 E.04051
; LINE_WIDTH: 0.504745
G1 F7795.16
G1 X134.734 Y134.383 E.01971
; LINE_WIDTH: 0.504928
G1 F7792.073
G1 X135.059 Y134.82 E.02049
; LINE_WIDTH: 0.509443
G1 F7716.662
G2 X135.752 Y135.592 I9.872 J-8.161 E.03943
; LINE_WIDTH: 0.507622
G1 F7746.9
G1 X136.353 Y136.141 E.03084
; LINE_WIDTH: 0.509218
G1 F7720.385
G1 X136.993 Y136.65 E.03105
; LINE_WIDTH: 0.510416
G1 F7700.6
G1 X137.661 Y137.128 E.0313
; LINE_WIDTH: 0.511073
G1 F7689.794
G2 X139.057 Y138.028 I21.579 J-31.965 E.06336
; LINE_WIDTH: 0.509619
G1 F7713.751
G1 X140.45 Y138.89 E.0623
; LINE_WIDTH: 0.504174
G1 F7804.81
G3 X141.144 Y139.337 I-13.669 J21.971 E.03105
; LINE_WIDTH: 0.502999
G1 F7824.743
G1 X141.669 Y139.697 E.02386
; LINE_WIDTH: 0.504099
G1 F7806.079
G1 X142.174 Y140.067 E.0235
; LINE_WIDTH: 0.504932
G1 F7792.006
G3 X143.301 Y141.037 I-7.017 J9.301 E.05605
; LINE_WIDTH: 0.506257
G1 F7769.723
G1 X143.709 Y141.455 E.02206
; LINE_WIDTH: 0.506533
G1 F7765.097
G1 X144.118 Y141.94 E.02396
; LINE_WIDTH: 0.507544
G1 F7748.201
G3 X144.881 Y143.119 I-6.441 J5.007 E.05325
; LINE_WIDTH: 0.506289
G1 F7769.186
G1 X145.194 Y143.787 E.02786
; LINE_WIDTH: 0.504803
G1 F7794.182
G3 X145.55 Y144.834 I-6.87 J2.915 E.04163
; LINE_WIDTH: 0.50238
G1 F7835.285
G1 X145.683 Y145.398 E.02169
; LINE_WIDTH: 0.50222
G1 F7838.014
G1 X145.784 Y145.981 E.02214
; LINE_WIDTH: 0.505702
G1 F7779.04
G1 X145.858 Y146.561 E.02206
G1 X145.937 Y146.767 E.00834
; LINE_WIDTH: 0.47866
G1 F8261.808
G1 X146.277 Y147.043 E.01555
; LINE_WIDTH: 0.449999
G1 F8843.491
G2 X146.72 Y147.007 I.157 J-.793 E.01494
G3 X147.953 Y146.119 I4.776 J5.331 E.05049
G3 X149.076 Y145.648 I5.136 J10.691 E.0404
G1 X149.078 Y145.645 E.00015
M204 S10000
G1 X148.853 Y145.328 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X148.871 Y145.294 E.00118
G1 X148.92 Y145.199 E.00326
G1 X148.88 Y145.11 E.00299
G1 X148.846 Y145.033 E.0026
G3 X146.237 Y142.34 I5.6 J-8.035 E.11593
G3 X144.98 Y138.91 I8.246 J-4.968 E.11295
G3 X144.719 Y135.856 I24.805 J-3.661 E.09425
G2 X144.555 Y132.356 I-46.667 J.43 E.10767
G2 X143.534 Y128.764 I-9.898 J.87 E.11544
G2 X142.745 Y127.634 I-7.316 J4.27 E.04239
G1 X142.257 Y127.124 E.02169
G2 X139.812 Y125.508 I-6.304 J6.882 E.09042
G2 X138.084 Y124.845 I-6.104 J13.329 E.05691
G1 X137.893 Y124.703 E.00731
G1 X137.866 Y124.519 E.00574
G1 X137.989 Y124.319 E.00719
G1 X138.88 Y123.948 E.02968
G3 X142.906 Y123.563 I2.76 J7.608 E.12558
G3 X145.992 Y124.807 I-1.659 J8.568 E.10288
G3 X149.871 Y128.657 I-8.078 J12.019 E.16894
G1 X149.937 Y128.681 E.00215
G2 X150.068 Y128.675 I.063 J-.061 E.00458
G1 X150.153 Y128.629 E.00295
G3 X153.374 Y125.244 I12.47 J8.642 E.14416
G3 X156.201 Y123.778 I5.797 J7.719 E.09831
G3 X159.8 Y123.59 I2.195 J7.458 E.11174
G3 X161.925 Y124.274 I-2.037 J9.963 E.06874
G1 X162.081 Y124.383 E.00585
G1 X162.135 Y124.601 E.0069
G1 X162.024 Y124.792 E.00681
G2 X160.587 Y125.332 I34.659 J94.555 E.04716
G2 X159.032 Y126.132 I6.248 J14.06 E.05377
G2 X157.819 Y127.05 I6.804 J10.237 E.04678
G1 X157.32 Y127.559 E.0219
G1 X156.732 Y128.335 E.02991
G2 X155.876 Y130.152 I6.468 J4.16 E.0619
G2 X155.367 Y133.342 I13.677 J3.815 E.09948
G2 X155.252 Y136.606 I537.567 J20.637 E.10033
G3 X154.88 Y139.6 I-18.251 J-.745 E.09281
G3 X151.501 Y144.777 I-8.672 J-1.969 E.19401
G1 X151.102 Y145.094 E.01568
G1 X151.101 Y145.124 E.0009
G1 X151.1 Y145.269 E.00445
G1 X151.128 Y145.293 E.00113
G1 X151.204 Y145.36 E.00311
G1 X151.899 Y145.603 E.02264
G1 X152.534 Y145.936 E.02204
G3 X153.473 Y146.671 I-4.517 J6.731 E.03666
G1 X153.512 Y146.67 E.00119
G1 X153.617 Y146.665 E.00325
G1 X153.675 Y146.587 E.00299
G1 X153.724 Y146.518 E.0026
G3 X154.752 Y142.912 I9.76 J.832 E.11595
G3 X157.094 Y140.108 I8.425 J4.657 E.11295
G3 X159.609 Y138.354 I15.574 J19.652 E.09425
G2 X162.558 Y136.462 I-23.69 J-40.174 E.10769
G2 X165.158 Y133.783 I-5.679 J-8.112 E.11542
G2 X166.003 Y131.543 I-6.453 J-3.712 E.07387
G2 X166.153 Y129.914 I-8.558 J-1.609 E.05036
G2 X165.827 Y127.104 I-13.686 J.164 E.08707
G1 X165.854 Y126.867 E.00733
G1 X166 Y126.751 E.00574
G1 X166.237 Y126.758 E.00726
G3 X169.029 Y129.892 I-4.859 J7.14 E.13029
G3 X169.816 Y133.068 I-7.217 J3.473 E.10125
G3 X169.005 Y137.793 I-12.596 J.271 E.1482
G3 X168.421 Y139.209 I-19.424 J-7.173 E.04708
G1 X168.432 Y139.283 E.00229
G2 X168.502 Y139.396 I.083 J.027 E.00464
G1 X168.582 Y139.447 E.00291
G3 X173.477 Y140.703 I-1.197 J14.83 E.15606
G3 X176.137 Y142.583 I-3.879 J8.309 E.10061
G3 X178.047 Y146.25 I-5.677 J5.289 E.12859
G1 X178.204 Y147.141 E.02781
G1 X178.236 Y147.616 E.01462
G1 X178.103 Y147.79 E.00674
G1 X177.882 Y147.825 E.00689
G1 X177.72 Y147.727 E.00579
G2 X174.737 Y145.668 I-8.364 J8.926 E.11179
G1 X174.246 Y145.458 E.01642
G1 X173.394 Y145.189 E.02744
G1 X172.75 Y145.057 E.0202
G1 X171.947 Y144.984 E.02478
G1 X170.976 Y145.03 E.0299
G2 X167.775 Y145.997 I1.377 J10.335 E.10317
G2 X164.89 Y147.502 I22.499 J46.662 E.10001
G3 X161.447 Y149.026 I-9.752 J-17.372 E.11588
G3 X155.274 Y148.688 I-2.63 J-8.495 E.194
G1 X154.799 Y148.501 E.01568
G1 X154.774 Y148.516 E.0009
G1 X154.648 Y148.587 E.00445
G1 X154.641 Y148.622 E.0011
G1 X154.62 Y148.722 E.00314
G1 X154.752 Y149.413 E.02162
G1 X154.787 Y150.13 E.02205
G3 X154.625 Y151.363 I-8.971 J-.553 E.03823
G1 X154.64 Y151.38 E.00071
G1 X154.726 Y151.481 E.00407
G1 X154.778 Y151.482 E.00161
G1 X154.878 Y151.484 E.00308
G3 X158.515 Y150.571 I4.158 J8.868 E.11592
G3 X162.114 Y151.198 I.18 J9.625 E.11295
G3 X164.89 Y152.498 I-9.232 J23.313 E.09425
G2 X168.002 Y154.106 I22.964 J-40.635 E.10767
G2 X170.94 Y154.974 I4.52 J-9.899 E.09442
G1 X171.639 Y155.018 E.02153
G2 X173.115 Y154.877 I-.125 J-9.103 E.0456
G1 X173.802 Y154.698 E.02183
G2 X175.982 Y153.639 I-3.117 J-9.194 E.07468
G2 X177.742 Y152.259 I-8.671 J-12.873 E.06878
G1 X177.961 Y152.164 E.00733
G1 X178.135 Y152.232 E.00574
G1 X178.247 Y152.44 E.00726
G3 X177.118 Y156.125 I-8.715 J-.654 E.1194
G3 X173.921 Y159.073 I-6.958 J-4.339 E.13525
G3 X169.621 Y160.431 I-6.288 J-12.429 E.13916
G3 X168.548 Y160.56 I-3.521 J-24.632 E.03319
G1 X168.495 Y160.605 E.00215
G2 X168.434 Y160.722 I.022 J.085 E.00458
G1 X168.431 Y160.818 E.00295
G3 X169.79 Y165.684 I-13.44 J6.376 E.15599
G3 X169.492 Y168.926 I-9.136 J.795 E.10059
G3 X167 Y172.658 I-7.582 J-2.366 E.13978
G3 X166.183 Y173.261 I-3.73 J-4.195 E.03124
G1 X165.965 Y173.233 E.00674
G1 X165.825 Y173.058 E.00689
G1 X165.829 Y172.87 E.00579
G2 X166.092 Y168.97 I-11.491 J-2.735 E.12067
G1 X165.986 Y168.354 E.01918
G1 X165.688 Y167.342 E.03245
G2 X164.098 Y164.858 I-6.801 J2.603 E.09123
G2 X161.742 Y162.977 I-10 J10.108 E.09281
G2 X158.926 Y161.214 I-410.831 J653.054 E.1021
G3 X156.445 Y159.303 I9.343 J-14.697 E.09635
G3 X153.833 Y154.272 I6.066 J-6.343 E.17734
G1 X153.725 Y153.485 E.02443
G1 X153.673 Y153.397 E.00313
G1 X153.646 Y153.351 E.00163
G1 X153.547 Y153.317 E.0032
G1 X153.513 Y153.329 E.0011
G1 X153.416 Y153.361 E.00314
G1 X152.91 Y153.801 E.02059
G1 X152.222 Y154.243 E.02514
G3 X151.132 Y154.686 I-5.107 J-10.98 E.03618
G1 X151.124 Y154.708 E.0007
G1 X151.08 Y154.833 E.00409
G1 X151.105 Y154.879 E.0016
G1 X151.154 Y154.967 E.00308
G3 X153.763 Y157.66 I-5.6 J8.035 E.11593
G3 X155.02 Y161.09 I-8.246 J4.968 E.11295
G3 X155.281 Y164.144 I-24.805 J3.661 E.09425
G2 X155.445 Y167.644 I46.639 J-.429 E.10769
G2 X156.466 Y171.236 I9.833 J-.853 E.11543
G2 X157.983 Y173.087 I6.441 J-3.732 E.07387
G2 X159.319 Y174.032 I5.672 J-6.606 E.05035
G2 X161.915 Y175.155 I6.701 J-11.934 E.08707
G1 X162.107 Y175.297 E.00733
G1 X162.134 Y175.481 E.00574
G1 X162.01 Y175.682 E.00726
G3 X157.9 Y176.533 I-3.754 J-7.778 E.13029
G3 X154.756 Y175.627 I.6 J-7.986 E.10125
G3 X151.667 Y173.23 I5.996 J-10.917 E.12063
G3 X150.134 Y171.349 I13.093 J-12.229 E.07461
G1 X150.065 Y171.321 E.00229
G2 X149.932 Y171.325 I-.065 J.058 E.00465
G1 X149.848 Y171.37 E.00293
G3 X146.313 Y174.98 I-12.204 J-8.413 E.15603
G3 X143.354 Y176.344 I-5.256 J-7.514 E.10062
G3 X139.726 Y176.307 I-1.737 J-7.601 E.11253
G3 X138.018 Y175.687 I2.33 J-9.073 E.0559
G1 X137.878 Y175.552 E.00596
G1 X137.873 Y175.361 E.00587
G1 X137.978 Y175.219 E.00545
G2 X139.583 Y174.591 I-41.013 J-107.183 E.05296
G2 X141.908 Y173.189 I-4.402 J-9.932 E.08362
G2 X144.024 Y170.131 I-4.587 J-5.436 E.11562
G2 X144.633 Y166.658 I-12.056 J-3.902 E.10872
G2 X144.752 Y163.337 I-770.08 J-29.232 E.10211
G3 X145.166 Y160.233 I17.4 J.743 E.09635
G3 X148.216 Y155.455 I8.527 J2.082 E.17734
G1 X148.844 Y154.969 E.02441
G1 X148.894 Y154.88 E.00313
G1 X148.92 Y154.833 E.00163
G1 X148.9 Y154.731 E.0032
G1 X148.872 Y154.707 E.00113
G1 X148.796 Y154.64 E.00311
G1 X148.101 Y154.397 E.02264
G1 X147.466 Y154.064 E.02204
G3 X146.508 Y153.323 I5.86 J-8.564 E.03724
G1 X146.485 Y153.327 E.00071
G1 X146.354 Y153.351 E.00407
G1 X146.327 Y153.396 E.0016
G1 X146.276 Y153.482 E.00308
G3 X145.248 Y157.088 I-9.76 J-.832 E.11595
G3 X142.906 Y159.892 I-8.425 J-4.657 E.11295
G3 X140.391 Y161.646 I-15.574 J-19.652 E.09425
G2 X137.442 Y163.538 I23.69 J40.174 E.10769
G2 X134.842 Y166.217 I5.679 J8.112 E.11542
G2 X133.997 Y168.457 I6.453 J3.712 E.07387
G2 X133.847 Y170.086 I8.558 J1.609 E.05035
M73 P69 R4
G2 X134.173 Y172.896 I13.686 J-.164 E.08707
G1 X134.146 Y173.133 E.00733
G1 X134 Y173.249 E.00574
G1 X133.763 Y173.242 E.00726
G3 X130.971 Y170.108 I4.859 J-7.14 E.13029
G3 X130.184 Y166.932 I7.216 J-3.473 E.10125
G3 X130.674 Y163.202 I12.402 J-.269 E.11604
G3 X131.579 Y160.791 I16.547 J4.832 E.0792
G1 X131.568 Y160.717 E.00229
G2 X131.498 Y160.604 I-.083 J-.027 E.00464
G1 X131.418 Y160.553 E.00291
G3 X126.523 Y159.297 I1.197 J-14.83 E.15606
G3 X123.863 Y157.417 I3.879 J-8.309 E.10059
G3 X122.192 Y154.615 I5.475 J-5.165 E.10108
G3 X121.761 Y152.389 I8.513 J-2.801 E.06983
G1 X121.897 Y152.21 E.00691
G1 X122.118 Y152.175 E.00689
G1 X122.331 Y152.318 E.00785
G2 X125.754 Y154.541 I7.863 J-8.357 E.12611
G1 X126.613 Y154.812 E.02766
G1 X127.25 Y154.943 E.01997
G1 X128.053 Y155.016 E.02478
G1 X129.024 Y154.97 E.0299
G2 X132.225 Y154.003 I-1.377 J-10.335 E.10317
G2 X135.087 Y152.511 I-22.34 J-46.34 E.0992
G3 X138.029 Y151.15 I11.533 J21.065 E.09968
G3 X141.68 Y150.586 I3.24 J8.889 E.11425
G3 X145.119 Y151.483 I-.74 J9.883 E.10979
G1 X145.221 Y151.482 E.00313
G1 X145.274 Y151.481 E.00163
G1 X145.352 Y151.413 E.0032
G1 X145.359 Y151.377 E.00112
G1 X145.379 Y151.275 E.0032
G1 X145.248 Y150.587 E.02153
G1 X145.213 Y149.87 E.02205
G3 X145.375 Y148.637 I8.971 J.553 E.03823
G1 X145.361 Y148.617 E.00076
G2 X145.206 Y148.525 I-.119 J.023 E.00625
G1 X145.122 Y148.516 E.0026
G3 X141.485 Y149.429 I-4.158 J-8.868 E.11592
G3 X137.886 Y148.802 I-.18 J-9.625 E.11295
G3 X135.11 Y147.502 I9.232 J-23.314 E.09425
G2 X131.998 Y145.894 I-22.963 J40.635 E.10767
G2 X129.06 Y145.026 I-4.52 J9.899 E.09442
G1 X128.361 Y144.982 E.02153
G2 X126.885 Y145.123 I.125 J9.103 E.0456
G1 X126.198 Y145.302 E.02183
G2 X124.018 Y146.361 I3.117 J9.194 E.07468
G2 X122.258 Y147.741 I8.671 J12.873 E.06878
G1 X122.039 Y147.836 E.00733
G1 X121.865 Y147.768 E.00574
G1 X121.753 Y147.56 E.00726
G3 X122.882 Y143.875 I8.715 J.654 E.1194
G3 X126.079 Y140.927 I6.958 J4.339 E.13525
G3 X130.379 Y139.569 I6.288 J12.429 E.13916
G3 X131.452 Y139.44 I3.521 J24.632 E.03319
G1 X131.505 Y139.395 E.00215
G2 X131.566 Y139.279 I-.022 J-.085 E.00455
G1 X131.57 Y139.184 E.00291
G3 X130.21 Y134.316 I13.442 J-6.379 E.15606
G3 X130.508 Y131.074 I9.136 J-.795 E.10059
G3 X132.1 Y128.225 I7.211 J2.159 E.10108
G3 X133.683 Y126.809 I8.147 J7.519 E.06537
G1 X133.856 Y126.729 E.00584
G1 X134.071 Y126.791 E.0069
G1 X134.181 Y126.983 E.00681
G2 X133.886 Y128.993 I22.42 J4.322 E.06242
G2 X134.344 Y132.769 I8.541 J.879 E.11786
G1 X134.682 Y133.501 E.02478
G1 X135.208 Y134.32 E.0299
G2 X137.646 Y136.608 I8.262 J-6.36 E.10317
G2 X140.391 Y138.354 I29.156 J-42.808 E.10001
G3 X143.433 Y140.573 I-10.169 J17.132 E.11588
G3 X146.227 Y146.088 I-6.041 J6.525 E.19401
G1 X146.303 Y146.594 E.01571
G1 X146.328 Y146.609 E.00091
G1 X146.453 Y146.683 E.00445
G1 X146.487 Y146.671 E.00113
G1 X146.586 Y146.637 E.00321
G1 X147.144 Y146.164 E.02246
G1 X147.847 Y145.728 E.02541
G1 X148.797 Y145.35 E.03144
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X148.871 Y145.294 E-.00659
G1 X148.92 Y145.199 E-.00756
G1 X148.88 Y145.11 E-.00693
G1 X148.846 Y145.033 E-.00602
G1 X148.201 Y144.541 E-.05783
G1 X147.598 Y144.002 E-.05756
; WIPE_END
G1 E-.0075 F3600
G1 X154.61 Y147.339 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.49119
G1 F8030.874
G1 X154.592 Y147.089 E.00913
; LINE_WIDTH: 0.532381
G1 F7355.029
G1 X154.574 Y146.84 E.00997
G1 X154.631 Y146.332 E.02037
; LINE_WIDTH: 0.505077
G1 F7789.56
G1 X154.715 Y145.762 E.02172
; LINE_WIDTH: 0.502704
G1 F7829.763
G1 X154.827 Y145.216 E.02087
; LINE_WIDTH: 0.501749
G1 F7846.06
G1 X154.969 Y144.694 E.02024
; LINE_WIDTH: 0.501423
G1 F7851.639
G1 X155.14 Y144.193 E.01975
; LINE_WIDTH: 0.502041
G1 F7841.071
G3 X155.821 Y142.829 I7.015 J2.65 E.05716
; LINE_WIDTH: 0.502539
G1 F7832.575
G1 X156.128 Y142.383 E.02028
; LINE_WIDTH: 0.503237
G1 F7820.697
G1 X156.464 Y141.96 E.02025
; LINE_WIDTH: 0.50343
G1 F7817.42
G1 X156.833 Y141.556 E.02053
; LINE_WIDTH: 0.506385
G1 F7767.576
G1 X157.231 Y141.166 E.02105
; LINE_WIDTH: 0.507095
G1 F7755.696
G3 X158.117 Y140.426 I7.743 J8.377 E.04369
; LINE_WIDTH: 0.502347
G1 F7835.848
G1 X158.12 Y140.424 E.00013
; LINE_WIDTH: 0.503301
G1 F7819.61
G1 X158.601 Y140.069 E.02244
; LINE_WIDTH: 0.504857
G1 F7793.27
G1 X159.445 Y139.501 E.03827
; LINE_WIDTH: 0.505722
G1 F7778.705
G1 X159.494 Y139.47 E.00219
; LINE_WIDTH: 0.50951
G1 F7715.554
G1 X161.189 Y138.424 E.07574
; LINE_WIDTH: 0.510718
G1 F7695.629
G1 X161.896 Y137.981 E.03179
; LINE_WIDTH: 0.511782
G1 F7678.166
G2 X163.07 Y137.181 I-11.522 J-18.169 E.0543
; LINE_WIDTH: 0.505978
G1 F7774.404
G1 X163.781 Y136.631 E.03392
; LINE_WIDTH: 0.503978
G1 F7808.128
G2 X164.903 Y135.579 I-7.69 J-9.318 E.05782
; LINE_WIDTH: 0.507492
G1 F7749.068
G2 X165.634 Y134.656 I-6.592 J-5.98 E.0446
; LINE_WIDTH: 0.50504
G1 F7790.185
G1 X165.922 Y134.208 E.02005
; LINE_WIDTH: 0.504228
G1 F7803.897
G1 X166.205 Y133.687 E.0223
; LINE_WIDTH: 0.508982
G1 F7724.294
G2 X166.624 Y132.672 I-7.633 J-3.742 E.04173
; LINE_WIDTH: 0.508011
G1 F7740.421
G1 X166.792 Y132.084 E.02318
; LINE_WIDTH: 0.509091
G1 F7722.488
G1 X166.93 Y131.388 E.02696
; LINE_WIDTH: 0.51828
G1 F7573.207
G1 X167.027 Y130.631 E.02956
G1 X167.081 Y130.568 E.00323
; LINE_WIDTH: 0.484498
G1 F8152.59
G1 X167.135 Y130.504 E.003
; LINE_WIDTH: 0.450715
G1 F8827.965
G1 X167.477 Y130.437 E.01157
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X168.124 Y130.37 E.02159
; LINE_WIDTH: 0.482307
G1 F8193.233
G1 X168.344 Y130.48 E.00878
; LINE_WIDTH: 0.496066
G1 F7944.459
G1 X168.579 Y131.126 E.02539
; LINE_WIDTH: 0.501491
G1 F7850.474
G3 X168.833 Y132.162 I-5.943 J2.006 E.03994
; LINE_WIDTH: 0.498116
G1 F7908.681
G1 X168.903 Y132.709 E.02042
; LINE_WIDTH: 0.497524
G1 F7918.98
G1 X168.934 Y133.27 E.02084
; LINE_WIDTH: 0.503606
G1 F7814.433
G3 X168.895 Y134.389 I-8.127 J.275 E.04205
; LINE_WIDTH: 0.501495
G1 F7850.406
G1 X168.814 Y135.041 E.02455
; LINE_WIDTH: 0.503439
G1 F7817.267
G1 X168.632 Y135.97 E.03553
; LINE_WIDTH: 0.507889
G1 F7742.451
G1 X168.462 Y136.595 E.02454
; LINE_WIDTH: 0.508346
G1 F7734.849
G3 X168.042 Y137.849 I-19.092 J-5.689 E.05017
; LINE_WIDTH: 0.508189
G1 F7737.459
G1 X167.791 Y138.443 E.02443
; LINE_WIDTH: 0.513863
G1 F7644.237
G3 X167.403 Y139.271 I-6.02 J-2.313 E.03515
; LINE_WIDTH: 0.481931
G1 F8200.249
G1 X167.24 Y139.583 E.01257
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X166.945 Y140.217 E.02321
G1 X167.878 Y140.299 E.03106
; LINE_WIDTH: 0.477755
G1 F8279.002
G1 X168.185 Y140.312 E.01091
; LINE_WIDTH: 0.505511
G1 F7782.253
G1 X168.493 Y140.325 E.01161
; LINE_WIDTH: 0.507657
G1 F7746.317
G1 X169.209 Y140.408 E.02731
; LINE_WIDTH: 0.508234
G1 F7736.711
G3 X170.732 Y140.686 I-2.022 J15.365 E.05872
; LINE_WIDTH: 0.507931
G1 F7741.752
G1 X171.45 Y140.875 E.02812
; LINE_WIDTH: 0.502323
G1 F7836.257
G1 X172.347 Y141.181 E.03551
; LINE_WIDTH: 0.501744
G1 F7846.145
G3 X173.443 Y141.675 I-3.446 J9.118 E.04496
; LINE_WIDTH: 0.502213
G1 F7838.134
G1 X173.945 Y141.956 E.02153
; LINE_WIDTH: 0.503941
G1 F7808.755
G3 X174.853 Y142.596 I-3.966 J6.594 E.04177
; LINE_WIDTH: 0.502634
G1 F7830.956
G1 X175.257 Y142.954 E.02022
; LINE_WIDTH: 0.500912
G1 F7860.399
G3 X175.976 Y143.741 I-5.873 J6.085 E.03979
; LINE_WIDTH: 0.499311
G1 F7887.973
G1 X176.102 Y143.908 E.00779
; LINE_WIDTH: 0.492841
G1 F8001.405
G1 X176.062 Y144.119 E.00788
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X175.543 Y144.837 E.02941
G1 X175.483 Y144.892 E.00268
; LINE_WIDTH: 0.482672
G1 F8186.432
G1 X175.386 Y144.915 E.00359
; LINE_WIDTH: 0.515345
G1 F7620.258
G1 X175.288 Y144.937 E.00386
G1 X174.597 Y144.648 E.02883
; LINE_WIDTH: 0.510496
G1 F7699.283
G2 X173.372 Y144.28 I-3.037 J7.871 E.04878
; LINE_WIDTH: 0.508764
G1 F7727.909
G1 X172.849 Y144.185 E.02019
; LINE_WIDTH: 0.506475
G1 F7766.068
G2 X171.682 Y144.108 I-1.124 J8.115 E.0442
; LINE_WIDTH: 0.504744
G1 F7795.178
G1 X171.178 Y144.126 E.01898
; LINE_WIDTH: 0.504929
G1 F7792.056
G1 X170.564 Y144.192 E.02324
; LINE_WIDTH: 0.509443
G1 F7716.662
G2 X169.48 Y144.418 I1.453 J9.688 E.04214
; LINE_WIDTH: 0.50639
G1 F7767.492
G1 X168.844 Y144.616 E.02514
; LINE_WIDTH: 0.504408
G1 F7800.853
G1 X168.121 Y144.885 E.02901
; LINE_WIDTH: 0.506214
G1 F7770.444
G1 X167.412 Y145.192 E.02917
; LINE_WIDTH: 0.507822
G1 F7743.567
G1 X166.716 Y145.526 E.02924
; LINE_WIDTH: 0.509073
G1 F7722.786
G1 X165.938 Y145.928 E.03329
; LINE_WIDTH: 0.50962
G1 F7713.735
G2 X164.178 Y146.879 I63.834 J120.327 E.07608
; LINE_WIDTH: 0.504155
G1 F7805.132
G1 X163.467 Y147.246 E.03007
; LINE_WIDTH: 0.503054
G1 F7823.807
G1 X162.908 Y147.513 E.02321
; LINE_WIDTH: 0.505459
G1 F7783.127
G1 X162.44 Y147.72 E.0193
; LINE_WIDTH: 0.51025
G1 F7703.335
G3 X161.191 Y148.176 I-5.615 J-13.43 E.05066
; LINE_WIDTH: 0.508883
G1 F7725.935
G1 X160.476 Y148.366 E.02808
; LINE_WIDTH: 0.506331
G1 F7768.482
G1 X159.943 Y148.465 E.02046
; LINE_WIDTH: 0.504369
G1 F7801.512
G1 X159.411 Y148.527 E.02016
; LINE_WIDTH: 0.502654
G1 F7830.615
G1 X158.646 Y148.549 E.02866
; LINE_WIDTH: 0.505942
G1 F7775.009
G3 X157.355 Y148.41 I.202 J-7.908 E.04907
; LINE_WIDTH: 0.503639
G1 F7813.874
G1 X156.833 Y148.289 E.0201
; LINE_WIDTH: 0.502074
G1 F7840.507
G3 X155.774 Y147.938 I2.342 J-8.839 E.04178
; LINE_WIDTH: 0.505704
G1 F7779.007
G3 X154.982 Y147.572 I1.579 J-4.453 E.03295
; LINE_WIDTH: 0.477852
G1 F8277.165
G1 X154.73 Y147.436 E.01015
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X154.656 Y147.376 E.00312
M204 S10000
G1 X153.809 Y148.4 F30000
M204 S5000
; LINE_WIDTH: 0.550382
G1 F7094.127
G1 X153.798 Y148.883 E.01998
; LINE_WIDTH: 0.567645
G1 F6860.741
G1 X153.818 Y149.095 E.00912
; LINE_WIDTH: 0.607928
G1 F6371.599
G1 X153.838 Y149.308 E.00982
; LINE_WIDTH: 0.64821
G1 F5947.563
G1 X153.858 Y149.52 E.01052
; LINE_WIDTH: 0.676378
G1 F5683.092
G3 X153.855 Y150.433 I-5.845 J.433 E.04718
; LINE_WIDTH: 0.640851
G1 F6020.761
G1 X153.837 Y150.763 E.01608
; LINE_WIDTH: 0.605324
G1 F6401.093
G1 X153.816 Y151.017 E.01169
; LINE_WIDTH: 0.564222
G1 F6905.786
G1 X153.796 Y151.271 E.01084
; LINE_WIDTH: 0.524466
G1 F7475.922
G1 X153.796 Y151.487 E.00847
M204 S10000
G1 X153.29 Y152.498 F30000
M204 S5000
; LINE_WIDTH: 0.549122
G1 F7111.786
G1 X152.865 Y152.731 E.02001
; LINE_WIDTH: 0.565232
G1 F6892.433
G1 X152.7 Y152.848 E.00858
; LINE_WIDTH: 0.603782
G1 F6418.691
G1 X152.536 Y152.965 E.00921
; LINE_WIDTH: 0.642332
G1 F6005.886
G1 X152.372 Y153.082 E.00984
; LINE_WIDTH: 0.674276
G1 F5702.013
G3 X151.5 Y153.581 I-3.394 J-4.919 E.05178
; LINE_WIDTH: 0.634419
G1 F6086.232
G1 X151.205 Y153.728 E.01586
; LINE_WIDTH: 0.594562
G1 F6525.972
G1 X150.955 Y153.85 E.01251
; LINE_WIDTH: 0.554522
G1 F7036.72
G1 X150.705 Y153.971 E.0116
; LINE_WIDTH: 0.524224
G1 F7479.681
G1 X150.61 Y154.031 E.00439
M204 S10000
G1 X149.481 Y154.099 F30000
M204 S5000
; LINE_WIDTH: 0.550122
G1 F7097.764
G1 X149.07 Y153.848 E.01988
; LINE_WIDTH: 0.568601
G1 F6848.264
G1 X148.867 Y153.755 E.00959
; LINE_WIDTH: 0.610458
G1 F6343.196
G1 X148.664 Y153.662 E.01035
; LINE_WIDTH: 0.652314
G1 F5907.508
G1 X148.46 Y153.569 E.01111
; LINE_WIDTH: 0.67618
G1 F5684.869
G3 X147.68 Y153.11 I2.544 J-5.226 E.04674
; LINE_WIDTH: 0.638934
G1 F6040.127
G1 X147.408 Y152.932 E.01578
; LINE_WIDTH: 0.601688
G1 F6442.746
G1 X147.19 Y152.779 E.01216
; LINE_WIDTH: 0.554795
G1 F7032.967
G1 X146.971 Y152.625 E.01114
; LINE_WIDTH: 0.534758
G1 F7319.483
G1 X146.804 Y152.544 E.00745
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7319.483
G1 X146.971 Y152.625 E-.01324
G1 X147.19 Y152.779 E-.01904
G1 X147.408 Y152.932 E-.01904
G1 X147.68 Y153.11 E-.02314
G1 X147.951 Y153.289 E-.02314
G1 X148.46 Y153.569 E-.04138
G1 X148.505 Y153.589 E-.00353
; WIPE_END
G1 E-.0075 F3600
G1 X146.198 Y148.504 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.535904
G1 F7302.469
G1 X146.211 Y148.69 E.00747
; LINE_WIDTH: 0.557833
G1 F6991.472
G1 X146.187 Y148.97 E.01178
; LINE_WIDTH: 0.606616
G1 F6386.421
G1 X146.163 Y149.249 E.01289
; LINE_WIDTH: 0.641497
G1 F6014.264
G1 X146.145 Y149.573 E.01581
; LINE_WIDTH: 0.676378
G1 F5683.092
G2 X146.142 Y150.48 I5.803 J.475 E.04687
; LINE_WIDTH: 0.648212
G1 F5947.542
G1 X146.162 Y150.692 E.01052
; LINE_WIDTH: 0.607924
G1 F6371.644
G1 X146.182 Y150.905 E.00982
; LINE_WIDTH: 0.567635
G1 F6860.871
G1 X146.202 Y151.117 E.00912
; LINE_WIDTH: 0.533882
G1 F7332.543
G1 X146.199 Y151.528 E.01645
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7332.543
G1 X146.202 Y151.117 E-.02929
G1 X146.182 Y150.905 E-.0152
G1 X146.162 Y150.692 E-.0152
G1 X146.142 Y150.48 E-.0152
G1 X146.128 Y149.896 E-.04158
G1 X146.145 Y149.573 E-.02309
G1 X146.147 Y149.532 E-.00293
; WIPE_END
G1 E-.0075 F3600
G1 X146.814 Y147.457 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.559722
G1 F6965.926
G1 X147.069 Y147.288 E.01287
; LINE_WIDTH: 0.596135
G1 F6507.42
G1 X147.324 Y147.12 E.01377
; LINE_WIDTH: 0.632548
G1 F6105.545
G1 X147.579 Y146.952 E.01468
; LINE_WIDTH: 0.67146
G1 F5727.559
G3 X148.45 Y146.445 I3.607 J5.203 E.05164
; LINE_WIDTH: 0.638597
G1 F6043.544
G1 X148.735 Y146.3 E.01554
; LINE_WIDTH: 0.605734
G1 F6396.429
G1 X148.969 Y146.188 E.01191
; LINE_WIDTH: 0.564236
G1 F6905.601
G1 X149.204 Y146.077 E.01104
; LINE_WIDTH: 0.524226
G1 F7479.649
G1 X149.39 Y145.969 E.00843
M204 S10000
G1 X150.519 Y145.901 F30000
M204 S5000
; LINE_WIDTH: 0.550124
G1 F7097.736
G1 X150.93 Y146.152 E.01988
; LINE_WIDTH: 0.568613
G1 F6848.107
G1 X151.133 Y146.245 E.00958
; LINE_WIDTH: 0.610464
G1 F6343.128
G1 X151.336 Y146.338 E.01035
; LINE_WIDTH: 0.652314
G1 F5907.508
G1 X151.54 Y146.431 E.01111
; LINE_WIDTH: 0.676178
G1 F5684.887
G3 X152.325 Y146.893 I-2.564 J5.262 E.04707
; LINE_WIDTH: 0.638196
G1 F6047.615
G1 X152.602 Y147.075 E.01607
; LINE_WIDTH: 0.600214
G1 F6459.786
G1 X152.845 Y147.24 E.01331
; LINE_WIDTH: 0.556894
G1 F7004.245
G1 X153.087 Y147.405 E.01228
; LINE_WIDTH: 0.52331
G1 F7493.911
G1 X153.186 Y147.457 E.00438
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7493.911
G1 X153.087 Y147.405 E-.00798
G1 X152.845 Y147.24 E-.02088
G1 X152.602 Y147.075 E-.02088
G1 X152.325 Y146.893 E-.0236
G1 X152.049 Y146.711 E-.0236
G1 X151.54 Y146.431 E-.04138
G1 X151.486 Y146.407 E-.00418
; WIPE_END
G1 E-.0075 F3600
G1 X154.946 Y152.437 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.528227
G1 F7417.985
G1 X155.057 Y152.364 E.00524
G1 X155.562 Y152.151 E.02169
; LINE_WIDTH: 0.503922
G1 F7809.077
G1 X156.293 Y151.873 E.02939
; LINE_WIDTH: 0.502381
G1 F7835.267
G1 X156.819 Y151.714 E.02055
; LINE_WIDTH: 0.504803
G1 F7794.182
G3 X157.856 Y151.51 I2.026 J7.537 E.03982
; LINE_WIDTH: 0.517493
G1 F7585.767
G3 X159.113 Y151.456 I1.66 J23.969 E.04866
; LINE_WIDTH: 0.502538
G1 F7832.591
G1 X159.661 Y151.498 E.02058
; LINE_WIDTH: 0.503236
G1 F7820.715
G1 X160.195 Y151.578 E.02025
; LINE_WIDTH: 0.503428
G1 F7817.454
G1 X160.729 Y151.695 E.02054
; LINE_WIDTH: 0.506383
G1 F7767.61
G1 X161.266 Y151.845 E.02105
; LINE_WIDTH: 0.507095
G1 F7755.696
G3 X162.35 Y152.243 I-3.383 J10.894 E.04368
; LINE_WIDTH: 0.503301
G1 F7819.61
G1 X162.901 Y152.483 E.02258
; LINE_WIDTH: 0.504855
G1 F7793.304
G1 X163.815 Y152.93 E.03827
; LINE_WIDTH: 0.50572
G1 F7778.738
G1 X163.866 Y152.957 E.00219
; LINE_WIDTH: 0.50951
G1 F7715.554
G1 X165.619 Y153.902 E.07573
; LINE_WIDTH: 0.510719
G1 F7695.613
G1 X166.357 Y154.293 E.0318
; LINE_WIDTH: 0.511769
G1 F7678.379
G2 X167.635 Y154.909 I9.967 J-19.049 E.05424
; LINE_WIDTH: 0.505959
G1 F7774.723
G1 X168.351 Y155.205 E.02923
; LINE_WIDTH: 0.503903
G1 F7809.398
G1 X169.196 Y155.496 E.03355
; LINE_WIDTH: 0.504033
G1 F7807.196
G1 X169.941 Y155.695 E.02896
; LINE_WIDTH: 0.507493
G1 F7749.051
G2 X171.105 Y155.868 I1.878 J-8.67 E.0446
; LINE_WIDTH: 0.505272
G1 F7786.275
G1 X171.607 Y155.892 E.01892
; LINE_WIDTH: 0.504224
G1 F7803.964
G1 X172.23 Y155.878 E.02343
; LINE_WIDTH: 0.508984
G1 F7724.261
G2 X173.318 Y155.733 I-.576 J-8.481 E.04173
; LINE_WIDTH: 0.508009
G1 F7740.454
G1 X173.911 Y155.584 E.02317
; LINE_WIDTH: 0.509089
G1 F7722.521
G1 X174.583 Y155.356 E.02696
; LINE_WIDTH: 0.518282
G1 F7573.176
G1 X175.288 Y155.062 E.02956
G1 X175.37 Y155.077 E.00323
; LINE_WIDTH: 0.484488
G1 F8152.773
G1 X175.452 Y155.092 E.003
; LINE_WIDTH: 0.450693
G1 F8828.441
G1 X175.747 Y155.446 E.01532
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X176.062 Y155.881 E.01782
; LINE_WIDTH: 0.489461
G1 F8061.969
G1 X176.082 Y156.125 E.00891
; LINE_WIDTH: 0.500435
G1 F7868.594
G1 X175.637 Y156.654 E.02577
; LINE_WIDTH: 0.501392
G1 F7852.17
G1 X175.27 Y157.034 E.01973
; LINE_WIDTH: 0.502011
G1 F7841.583
G3 X174.428 Y157.727 I-5.049 J-5.286 E.04084
; LINE_WIDTH: 0.5023
G1 F7836.649
G1 X173.958 Y158.036 E.02106
; LINE_WIDTH: 0.503733
G1 F7812.28
G1 X173.457 Y158.321 E.02164
; LINE_WIDTH: 0.503887
G1 F7809.669
G3 X172.362 Y158.814 I-4.791 J-9.166 E.04512
; LINE_WIDTH: 0.505168
G1 F7788.027
G1 X171.516 Y159.105 E.0337
; LINE_WIDTH: 0.507531
G1 F7748.418
G1 X170.825 Y159.29 E.0271
; LINE_WIDTH: 0.508168
G1 F7737.809
G3 X169.544 Y159.549 I-4.162 J-17.229 E.04955
; LINE_WIDTH: 0.509162
G1 F7721.312
G1 X168.551 Y159.672 E.03802
G1 X168.215 Y159.687 E.01278
; LINE_WIDTH: 0.479581
G1 F8244.391
G1 X167.879 Y159.701 E.01197
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X166.945 Y159.783 E.0311
G1 X167.297 Y160.538 E.02764
; LINE_WIDTH: 0.488541
G1 F8078.614
G1 X167.422 Y160.76 E.00924
; LINE_WIDTH: 0.527083
G1 F7435.513
G1 X167.546 Y160.982 E.01004
G1 X168.004 Y162.057 E.0461
; LINE_WIDTH: 0.507782
G1 F7744.234
G1 X168.295 Y162.862 E.03241
; LINE_WIDTH: 0.508399
G1 F7733.969
G3 X168.626 Y164.014 I-17.457 J5.65 E.04549
; LINE_WIDTH: 0.500349
G1 F7870.074
G1 X168.811 Y164.944 E.03535
; LINE_WIDTH: 0.502821
G1 F7827.771
G3 X168.932 Y166.14 I-9.524 J1.568 E.04507
; LINE_WIDTH: 0.502213
G1 F7838.134
G1 X168.938 Y166.715 E.02153
; LINE_WIDTH: 0.503939
G1 F7808.789
G3 X168.837 Y167.821 I-7.524 J-.128 E.04177
; LINE_WIDTH: 0.501429
G1 F7851.536
G3 X168.586 Y168.862 I-6.757 J-1.083 E.04005
; LINE_WIDTH: 0.500911
G1 F7860.417
G1 X168.408 Y169.366 E.01993
; LINE_WIDTH: 0.49931
G1 F7887.99
G1 X168.327 Y169.559 E.00779
; LINE_WIDTH: 0.492841
G1 F8001.405
G1 X168.124 Y169.63 E.00788
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X167.242 Y169.539 E.02941
; LINE_WIDTH: 0.476796
G1 F8297.301
G1 X167.103 Y169.484 E.00529
; LINE_WIDTH: 0.518132
G1 F7575.566
G1 X167.028 Y169.369 E.00534
G1 X166.967 Y168.87 E.01945
; LINE_WIDTH: 0.504831
G1 F7793.709
G1 X166.848 Y168.183 E.02624
; LINE_WIDTH: 0.506953
G1 F7758.069
G1 X166.641 Y167.38 E.03135
; LINE_WIDTH: 0.509069
G1 F7722.852
G2 X166.213 Y166.327 I-8.073 J2.667 E.04321
; LINE_WIDTH: 0.503399
G1 F7817.946
G1 X165.945 Y165.831 E.02118
; LINE_WIDTH: 0.505315
G1 F7785.551
G1 X165.643 Y165.357 E.02118
; LINE_WIDTH: 0.507041
G1 F7756.598
G2 X164.954 Y164.478 I-7.363 J5.06 E.04224
; LINE_WIDTH: 0.508469
G1 F7732.806
G1 X164.574 Y164.079 E.02091
; LINE_WIDTH: 0.509714
G1 F7712.181
G2 X163.291 Y162.98 I-9.082 J9.299 E.06429
; LINE_WIDTH: 0.511726
G1 F7679.082
G2 X161.901 Y162.022 I-13.493 J18.088 E.06452
; LINE_WIDTH: 0.511073
G1 F7689.794
G1 X161.19 Y161.576 E.03202
; LINE_WIDTH: 0.50962
G1 F7713.735
G1 X159.792 Y160.718 E.06239
; LINE_WIDTH: 0.504156
G1 F7805.115
G1 X159.119 Y160.285 E.03007
; LINE_WIDTH: 0.503054
G1 F7823.807
G1 X158.608 Y159.936 E.02321
; LINE_WIDTH: 0.505458
G1 F7783.144
G1 X158.195 Y159.633 E.01931
; LINE_WIDTH: 0.510249
G1 F7703.352
G3 X157.175 Y158.78 I8.825 J-11.579 E.05065
; LINE_WIDTH: 0.508883
G1 F7725.935
G1 X156.653 Y158.255 E.02808
; LINE_WIDTH: 0.506328
G1 F7768.533
G1 X156.301 Y157.844 E.02046
; LINE_WIDTH: 0.50437
G1 F7801.495
G1 X155.981 Y157.413 E.02016
; LINE_WIDTH: 0.502655
G1 F7830.598
G1 X155.58 Y156.762 E.02866
; LINE_WIDTH: 0.505939
G1 F7775.059
G3 X155.055 Y155.574 I6.948 J-3.779 E.04907
; LINE_WIDTH: 0.50364
G1 F7813.857
G1 X154.898 Y155.062 E.0201
; LINE_WIDTH: 0.502074
G1 F7840.507
G3 X154.673 Y153.969 I8.826 J-2.391 E.04178
; LINE_WIDTH: 0.505702
G1 F7779.04
G3 X154.59 Y153.12 I5.472 J-.96 E.0322
; LINE_WIDTH: 0.487924
G1 F8089.815
G1 X154.614 Y152.654 E.01693
; LINE_WIDTH: 0.489113
G1 F8068.257
G1 X154.836 Y152.509 E.00961
; LINE_WIDTH: 0.528227
G1 F7417.985
G1 X154.896 Y152.47 E.00284
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7417.985
G1 X155.057 Y152.364 E-.01372
G1 X155.562 Y152.151 E-.03908
G1 X156.293 Y151.873 E-.05575
G1 X156.75 Y151.735 E-.03395
; WIPE_END
G1 E-.0075 F3600
G1 X167.715 Y160.146 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.608908
G1 F6360.559
G2 X167.75 Y160.207 I-.031 J.059 E.01579
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6360.559
G1 X167.715 Y160.268 E-.0285
G1 X167.644 Y160.268 E-.0285
G1 X167.609 Y160.207 E-.0285
G1 X167.644 Y160.146 E-.0285
G1 X167.715 Y160.146 E-.0285
; WIPE_END
M73 P69 R3
G1 E-.0075 F3600
G1 X150.036 Y170.358 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.615856
G1 F6283.425
G2 X150.072 Y170.42 I-.031 J.059 E.01618
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6283.425
G1 X150.036 Y170.482 E-.0285
G1 X149.964 Y170.482 E-.0285
G1 X149.928 Y170.42 E-.0285
G1 X149.964 Y170.358 E-.0285
G1 X150.036 Y170.358 E-.0285
; WIPE_END
G1 E-.0075 F3600
G1 X132.351 Y160.148 F30000
G1 E.5 F2400
M204 S5000
G1 F6283.425
G2 X132.387 Y160.21 I-.031 J.059 E.01618
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6283.425
G1 X132.351 Y160.272 E-.0285
G1 X132.28 Y160.272 E-.0285
G1 X132.244 Y160.21 E-.0285
G1 X132.28 Y160.148 E-.0285
G1 X132.351 Y160.148 E-.0285
; WIPE_END
G1 E-.0075 F3600
G1 X132.356 Y139.732 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.608908
G1 F6360.559
G2 X132.391 Y139.793 I-.031 J.059 E.01579
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6360.559
G1 X132.356 Y139.854 E-.0285
G1 X132.285 Y139.854 E-.0285
G1 X132.25 Y139.793 E-.0285
G1 X132.285 Y139.732 E-.0285
G1 X132.356 Y139.732 E-.0285
; WIPE_END
G1 E-.0075 F3600
G1 X150 Y144.677 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.491182
G1 F8031.027
G1 X149.775 Y144.568 E.00915
; LINE_WIDTH: 0.532364
G1 F7355.284
G1 X149.55 Y144.458 E.00999
G1 X149.139 Y144.155 E.02033
; LINE_WIDTH: 0.505084
G1 F7789.443
G1 X148.687 Y143.798 E.02172
; LINE_WIDTH: 0.502701
G1 F7829.815
G1 X148.271 Y143.427 E.02088
; LINE_WIDTH: 0.50175
G1 F7846.043
G1 X147.889 Y143.043 E.02024
; LINE_WIDTH: 0.501423
G1 F7851.639
G1 X147.541 Y142.645 E.01974
; LINE_WIDTH: 0.502041
G1 F7841.071
G3 X146.7 Y141.373 I5.802 J-4.75 E.05716
; LINE_WIDTH: 0.50254
G1 F7832.558
G1 X146.467 Y140.884 E.02028
; LINE_WIDTH: 0.503237
G1 F7820.697
G1 X146.27 Y140.382 E.02025
; LINE_WIDTH: 0.503431
G1 F7817.402
G1 X146.104 Y139.861 E.02053
; LINE_WIDTH: 0.506384
G1 F7767.594
G1 X145.965 Y139.321 E.02105
; LINE_WIDTH: 0.507096
G1 F7755.679
G3 X145.767 Y138.183 I11.126 J-2.517 E.04369
; LINE_WIDTH: 0.503298
G1 F7819.662
G1 X145.7 Y137.585 E.02258
; LINE_WIDTH: 0.504857
G1 F7793.27
G1 X145.63 Y136.571 E.03827
; LINE_WIDTH: 0.505723
G1 F7778.688
G1 X145.628 Y136.513 E.00219
; LINE_WIDTH: 0.50951
G1 F7715.554
G1 X145.57 Y134.522 E.07573
; LINE_WIDTH: 0.510721
G1 F7695.58
G1 X145.54 Y133.688 E.03179
; LINE_WIDTH: 0.51177
G1 F7678.362
G2 X145.434 Y132.273 I-21.485 J.893 E.05425
; LINE_WIDTH: 0.505959
G1 F7774.723
G1 X145.332 Y131.505 E.02924
; LINE_WIDTH: 0.503902
G1 F7809.415
G1 X145.161 Y130.628 E.03354
; LINE_WIDTH: 0.504033
G1 F7807.196
G1 X144.962 Y129.883 E.02896
; LINE_WIDTH: 0.507495
G1 F7749.018
G2 X144.529 Y128.789 I-8.473 J2.718 E.0446
; LINE_WIDTH: 0.505039
G1 F7790.201
G1 X144.522 Y128.775 E.00058
G1 X144.285 Y128.315 E.01946
; LINE_WIDTH: 0.504099
G1 F7806.079
G1 X143.975 Y127.809 E.0223
; LINE_WIDTH: 0.507508
G1 F7748.801
G1 X143.645 Y127.35 E.02144
; LINE_WIDTH: 0.508149
G1 F7738.124
G2 X142.882 Y126.5 I-6.135 J4.741 E.04331
; LINE_WIDTH: 0.506125
G1 F7771.937
G1 X142.366 Y126.048 E.0259
; LINE_WIDTH: 0.511146
G1 F7688.595
G1 X141.822 Y125.628 E.02621
; LINE_WIDTH: 0.515405
G1 F7619.289
G1 X141.741 Y125.568 E.0039
G1 X141.722 Y125.429 E.00543
; LINE_WIDTH: 0.482702
G1 F8185.873
G1 X141.704 Y125.289 E.00505
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X142.062 Y124.489 E.02908
; LINE_WIDTH: 0.474759
G1 F8336.441
G1 X142.162 Y124.374 E.00536
; LINE_WIDTH: 0.48937
G1 F8063.613
G1 X142.289 Y124.353 E.00468
; LINE_WIDTH: 0.500754
G1 F7863.112
G1 X142.944 Y124.47 E.02483
; LINE_WIDTH: 0.505017
G1 F7790.573
G3 X143.97 Y124.769 I-1.259 J6.22 E.04026
; LINE_WIDTH: 0.501485
G1 F7850.578
G1 X144.477 Y124.982 E.02058
; LINE_WIDTH: 0.502303
G1 F7836.598
G1 X144.98 Y125.234 E.02106
; LINE_WIDTH: 0.503883
G1 F7809.738
G3 X145.967 Y125.858 I-4.179 J7.698 E.04387
; LINE_WIDTH: 0.50142
G1 F7851.69
G1 X146.452 Y126.227 E.02277
; LINE_WIDTH: 0.502832
G1 F7827.584
G1 X147.165 Y126.85 E.03549
; LINE_WIDTH: 0.507909
G1 F7742.119
G1 X147.621 Y127.308 E.02451
; LINE_WIDTH: 0.508346
G1 F7734.849
G3 X148.498 Y128.3 I-14.466 J13.685 E.05021
; LINE_WIDTH: 0.50915
G1 F7721.51
G1 X149.101 Y129.099 E.03802
G1 X149.281 Y129.382 E.01277
; LINE_WIDTH: 0.479575
G1 F8244.505
G1 X149.462 Y129.666 E.01196
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X150 Y130.434 E.0311
G1 X150.478 Y129.751 E.02764
; LINE_WIDTH: 0.48854
G1 F8078.632
G1 X150.608 Y129.532 E.00924
; LINE_WIDTH: 0.527081
G1 F7435.543
G1 X150.738 Y129.314 E.01004
G1 X151.493 Y128.312 E.04951
; LINE_WIDTH: 0.505969
G1 F7774.555
G1 X152.088 Y127.615 E.03457
; LINE_WIDTH: 0.507188
G1 F7754.142
G1 X152.65 Y127.033 E.03061
; LINE_WIDTH: 0.508976
G1 F7724.394
G3 X153.963 Y125.908 I9.132 J9.327 E.06571
; LINE_WIDTH: 0.505421
G1 F7783.767
G3 X155.006 Y125.242 I5.368 J7.256 E.04669
; LINE_WIDTH: 0.501916
G1 F7843.206
G3 X156.015 Y124.775 I3.966 J7.25 E.04158
; LINE_WIDTH: 0.503851
G1 F7810.28
G3 X157.042 Y124.472 I2.4 J6.244 E.04027
; LINE_WIDTH: 0.50281
G1 F7827.959
G1 X157.564 Y124.375 E.01992
; LINE_WIDTH: 0.499465
G1 F7885.313
G1 X157.736 Y124.35 E.00646
; LINE_WIDTH: 0.489459
G1 F8062.006
G1 X157.938 Y124.489 E.00891
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X158.3 Y125.298 E.02941
; LINE_WIDTH: 0.464689
G1 F8535.477
G1 X158.317 Y125.442 E.00499
; LINE_WIDTH: 0.490962
G1 F8034.96
G1 X158.288 Y125.506 E.00254
; LINE_WIDTH: 0.517235
G1 F7589.893
G1 X158.26 Y125.569 E.00269
G1 X157.665 Y126.024 E.02894
; LINE_WIDTH: 0.511229
G1 F7687.233
G1 X157.241 Y126.39 E.02138
; LINE_WIDTH: 0.50653
G1 F7765.148
G1 X156.731 Y126.898 E.02718
; LINE_WIDTH: 0.509067
G1 F7722.886
G2 X156.033 Y127.795 I6.384 J5.686 E.04322
; LINE_WIDTH: 0.503398
G1 F7817.963
G1 X155.737 Y128.276 E.02118
; LINE_WIDTH: 0.505314
G1 F7785.568
G1 X155.478 Y128.775 E.02118
; LINE_WIDTH: 0.507042
G1 F7756.581
G2 X155.061 Y129.81 I8.062 J3.846 E.04224
; LINE_WIDTH: 0.508468
G1 F7732.822
G1 X154.906 Y130.339 E.02091
; LINE_WIDTH: 0.509712
G1 F7712.215
G2 X154.596 Y131.999 I12.594 J3.216 E.06429
; LINE_WIDTH: 0.511726
G1 F7679.082
G2 X154.461 Y133.682 I22.414 J2.641 E.06452
; LINE_WIDTH: 0.511074
G1 F7689.777
G1 X154.43 Y134.521 E.03202
; LINE_WIDTH: 0.509618
G1 F7713.768
G1 X154.386 Y136.161 E.06239
; LINE_WIDTH: 0.504156
G1 F7805.115
G1 X154.348 Y136.96 E.03007
; LINE_WIDTH: 0.503053
G1 F7823.825
G1 X154.301 Y137.578 E.02321
; LINE_WIDTH: 0.505457
G1 F7783.161
G1 X154.245 Y138.087 E.01931
; LINE_WIDTH: 0.510248
G1 F7703.369
G3 X154.016 Y139.397 I-14.439 J-1.853 E.05066
; LINE_WIDTH: 0.508882
G1 F7725.952
G1 X153.823 Y140.11 E.02808
; LINE_WIDTH: 0.506328
G1 F7768.533
G1 X153.642 Y140.621 E.02046
; LINE_WIDTH: 0.50437
G1 F7801.495
G1 X153.43 Y141.113 E.02016
; LINE_WIDTH: 0.502655
G1 F7830.598
G1 X153.067 Y141.787 E.02866
; LINE_WIDTH: 0.505941
G1 F7775.025
G3 X152.3 Y142.835 I-6.747 J-4.128 E.04907
; LINE_WIDTH: 0.503641
G1 F7813.84
G1 X151.935 Y143.227 E.02009
; LINE_WIDTH: 0.502074
G1 F7840.507
G3 X151.101 Y143.969 I-6.483 J-6.448 E.04178
; LINE_WIDTH: 0.505705
G1 F7778.99
G3 X150.388 Y144.471 I-3.066 J-3.592 E.03295
; LINE_WIDTH: 0.477852
G1 F8277.156
G1 X150.144 Y144.622 E.01014
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X150.056 Y144.656 E.00314
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X149.775 Y144.568 E-.02099
G1 X149.55 Y144.458 E-.01784
G1 X149.139 Y144.155 E-.03632
G1 X148.687 Y143.798 E-.0411
G1 X148.412 Y143.553 E-.02625
; WIPE_END
G1 E-.0075 F3600
G1 X150.035 Y129.524 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.608906
G1 F6360.582
G2 X150.071 Y129.586 I-.031 J.059 E.01579
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6360.582
G1 X150.035 Y129.647 E-.0285
G1 X149.965 Y129.647 E-.0285
G1 X149.929 Y129.586 E-.0285
G1 X149.965 Y129.524 E-.0285
G1 X150.035 Y129.524 E-.0285
; WIPE_END
G1 E-.0075 F3600
G1 X167.72 Y139.728 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.615854
G1 F6283.447
G2 X167.756 Y139.79 I-.031 J.059 E.01618
M204 S10000
G1 X172.869 Y141.673 F30000
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X175.589 Y144.393 E.11821
G1 X175.349 Y144.686
G1 X171.974 Y141.311 E.14667
G1 X171.196 Y141.066
G1 X174.469 Y144.339 E.14224
G1 X173.699 Y144.103
G1 X170.476 Y140.88 E.14005
G1 X169.816 Y140.752
G1 X173.035 Y143.972 E.13992
G1 X172.418 Y143.889
G1 X169.186 Y140.656 E.14047
G1 X168.587 Y140.591
G1 X171.86 Y143.863 E.1422
G1 X171.339 Y143.876
G1 X168.001 Y140.537 E.14509
G1 X167.414 Y140.484
G1 X170.84 Y143.91 E.14888
G1 X170.371 Y143.974
G1 X166.827 Y140.43 E.15398
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X168.241 Y141.845 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X168.379 Y131.317 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X167.7 Y130.637 E.02953
G1 X167.271 Y130.742
G1 X168.554 Y132.025 E.05574
G1 X168.648 Y132.652
G1 X167.208 Y131.212 E.06257
G1 X167.131 Y131.669
G1 X168.686 Y133.224 E.06759
G1 X168.686 Y133.757
G1 X167.043 Y132.114 E.07137
G1 X166.927 Y132.531
G1 X168.656 Y134.26 E.07512
G1 X168.603 Y134.74
G1 X166.791 Y132.928 E.07874
M73 P70 R3
G1 X166.642 Y133.312
G1 X168.534 Y135.204 E.08221
G1 X168.444 Y135.648
G1 X166.48 Y133.684 E.08532
G1 X166.303 Y134.04
G1 X168.341 Y136.078 E.08856
G1 X168.233 Y136.503
G1 X166.101 Y134.372 E.09262
G1 X165.899 Y134.703
G1 X168.108 Y136.912 E.09599
G1 X167.969 Y137.306
G1 X165.68 Y135.017 E.09948
G1 X165.449 Y135.319
G1 X167.83 Y137.7 E.10346
G1 X167.674 Y138.077
G1 X165.202 Y135.605 E.10742
G1 X164.954 Y135.891
G1 X167.514 Y138.451 E.11124
G1 X167.35 Y138.82
G1 X164.685 Y136.155 E.11581
G1 X164.415 Y136.418
G1 X167.181 Y139.184 E.1202
G1 X167.011 Y139.548
G1 X164.131 Y136.668 E.12515
G1 X163.84 Y136.91
G1 X166.842 Y139.912 E.13044
G1 X166.672 Y140.275
G1 X163.539 Y137.142 E.13616
G1 X163.235 Y137.372
G1 X169.923 Y144.06 E.29063
G1 X169.49 Y144.16
G1 X162.924 Y137.593 E.28535
G1 X162.605 Y137.808
G1 X169.074 Y144.277 E.2811
G1 X168.671 Y144.408
G1 X162.287 Y138.023 E.27745
G1 X161.966 Y138.236
G1 X168.281 Y144.55 E.2744
G1 X167.902 Y144.705
G1 X161.637 Y138.44 E.27224
G1 X161.309 Y138.645
G1 X167.527 Y144.863 E.27023
G1 X167.163 Y145.032
G1 X160.98 Y138.849 E.26868
G1 X160.651 Y139.054
G1 X166.804 Y145.207 E.26739
G1 X166.446 Y145.382
G1 X160.323 Y139.258 E.2661
G1 X159.994 Y139.463
G1 X166.092 Y145.561 E.26501
G1 X165.745 Y145.747
G1 X159.665 Y139.668 E.26419
G1 X159.336 Y139.872
G1 X165.397 Y145.933 E.26336
G1 X165.049 Y146.118
G1 X159.02 Y140.089 E.26199
G1 X158.708 Y140.311
G1 X164.702 Y146.304 E.26044
G1 X164.354 Y146.49
G1 X158.397 Y140.532 E.25889
G1 X158.094 Y140.763
G1 X164.007 Y146.675 E.25693
G1 X163.659 Y146.861
G1 X157.799 Y141.001 E.25466
G1 X157.514 Y141.25
G1 X163.309 Y147.044 E.25181
G1 X162.944 Y147.212
G1 X157.239 Y141.508 E.24789
G1 X156.972 Y141.773
G1 X162.578 Y147.38 E.24363
G1 X162.21 Y147.545
G1 X156.717 Y142.052 E.23868
G1 X156.476 Y142.344
G1 X161.823 Y147.691 E.23235
G1 X161.435 Y147.836
G1 X156.247 Y142.648 E.22546
G1 X156.03 Y142.965
G1 X161.028 Y147.963 E.21721
G1 X160.602 Y148.07
G1 X155.837 Y143.305 E.20709
G1 X155.649 Y143.65
G1 X160.171 Y148.172 E.1965
G1 X159.709 Y148.244
G1 X155.486 Y144.021 E.18351
G1 X155.333 Y144.401
G1 X159.22 Y148.288 E.1689
G1 X158.691 Y148.293
G1 X155.203 Y144.804 E.1516
G1 X155.086 Y145.22
G1 X158.127 Y148.261 E.13214
G1 X157.515 Y148.183
G1 X154.992 Y145.659 E.10965
G1 X154.918 Y146.119
G1 X156.825 Y148.026 E.08285
G1 X156.037 Y147.772
G1 X154.86 Y146.594 E.05117
M204 S10000
G1 X155.544 Y147.571 F30000
; FEATURE: Gap infill
; LINE_WIDTH: 0.112855
G1 F15000
G1 X155.396 Y147.467 E.00103
; LINE_WIDTH: 0.162228
G1 X155.247 Y147.363 E.00176
; LINE_WIDTH: 0.2116
G1 X155.099 Y147.259 E.00249
; LINE_WIDTH: 0.260972
G1 X154.95 Y147.155 E.00322
; LINE_WIDTH: 0.310345
G1 F13461.746
G1 X154.802 Y147.051 E.00395
G1 E-.35 F3600
; WIPE_START
G1 F13461.746
G1 X154.95 Y147.155 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X174.856 Y144.481 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.156098
G1 F15000
G1 X174.534 Y144.274 E.00353
G1 X175.805 Y144.126 F30000
; LINE_WIDTH: 0.37139
G1 F10959.908
G1 X175.481 Y143.781 E.01267
; LINE_WIDTH: 0.394662
G1 F10234.773
G2 X174.608 Y142.908 I-8.552 J7.691 E.03541
; LINE_WIDTH: 0.356818
G1 F11468.693
G1 X174.407 Y142.736 E.00677
; LINE_WIDTH: 0.316338
G1 F13166.679
G1 X174.206 Y142.564 E.0059
; LINE_WIDTH: 0.275857
G1 F15000
G1 X174.005 Y142.392 E.00502
; LINE_WIDTH: 0.23375
G1 X173.86 Y142.278 E.00286
; LINE_WIDTH: 0.190012
G1 X173.716 Y142.164 E.0022
; LINE_WIDTH: 0.146275
G1 X173.571 Y142.051 E.00155
; LINE_WIDTH: 0.106288
G1 X173.456 Y141.966 E.00074
G1 X172.807 Y141.735 F30000
; LINE_WIDTH: 0.191825
G1 F15000
G1 X172.625 Y141.609 E.00268
; LINE_WIDTH: 0.148524
G1 X172.443 Y141.483 E.0019
G1 X166.649 Y140.325 F30000
; LINE_WIDTH: 0.120088
G1 F15000
G2 X166.598 Y140.409 I.169 J.161 E.00062
G1 X166.732 Y140.525 E.00112
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X166.598 Y140.409 E-.0917
G1 X166.649 Y140.325 E-.0508
; WIPE_END
G1 E-.0075 F3600
G1 X168.478 Y131.659 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.192742
G1 F15000
G1 X168.315 Y131.381 E.00394
G1 X167.415 Y129.551 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.510626
G1 F7697.143
G2 X167.414 Y129.652 I-.029 J.05 E.00922
G1 E-.35 F3600
; WIPE_START
G1 F7697.143
G1 X167.357 Y129.652 E-.03492
G1 X167.328 Y129.602 E-.03586
G1 X167.357 Y129.551 E-.03586
G1 X167.415 Y129.551 E-.03586
; WIPE_END
G1 E-.0075 F3600
G1 X159.01 Y124.682 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.532744
G1 F7349.579
G2 X159.011 Y124.787 I-.025 J.053 E.00938
G1 X157.448 Y124.652 F30000
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X158.026 Y125.23 E.02512
G1 X157.836 Y125.573
G1 X157.004 Y124.741 E.03616
G1 X156.585 Y124.855
G1 X157.535 Y125.805 E.04128
G1 X157.248 Y126.052
G1 X156.179 Y124.983 E.04647
G1 X155.803 Y125.14
G1 X156.964 Y126.301 E.05046
G1 X156.7 Y126.57
G1 X155.433 Y125.303 E.05508
G1 X155.084 Y125.487
G1 X156.447 Y126.851 E.05924
G1 X156.209 Y127.146
G1 X154.747 Y125.684 E.06356
G1 X154.42 Y125.89
G1 X155.973 Y127.444 E.0675
G1 X155.761 Y127.764
G1 X154.109 Y126.113 E.07176
G1 X153.807 Y126.343
G1 X155.562 Y128.098 E.07626
G1 X155.374 Y128.444
G1 X153.513 Y126.583 E.08084
M73 P71 R3
G1 X153.226 Y126.829
G1 X155.194 Y128.797 E.08551
G1 X155.031 Y129.168
G1 X152.95 Y127.086 E.09044
G1 X152.686 Y127.355
G1 X154.892 Y129.561 E.09587
G1 X154.754 Y129.957
G1 X152.421 Y127.624 E.10139
G1 X152.166 Y127.902
G1 X154.642 Y130.379 E.10762
G1 X154.538 Y130.808
G1 X151.92 Y128.189 E.11378
G1 X151.683 Y128.485
G1 X154.452 Y131.255 E.12036
G1 X154.382 Y131.718
G1 X151.445 Y128.782 E.1276
G1 X151.221 Y129.09
G1 X154.323 Y132.192 E.13479
G1 X154.277 Y132.68
G1 X151 Y129.403 E.1424
G1 X150.78 Y129.716
G1 X154.243 Y133.178 E.15047
G1 X154.208 Y133.677
G1 X150.559 Y130.028 E.15855
G1 X150.339 Y130.341
G1 X154.191 Y134.193 E.16739
G1 X154.174 Y134.709
G1 X150.118 Y130.654 E.17623
G1 X149.316 Y129.852
G1 X144.994 Y125.53 E.18781
G1 X143.971 Y125.04
G1 X154.157 Y135.226 E.4426
G1 X154.139 Y135.742
G1 X150.001 Y131.604 E.17982
G1 X149.992 Y131.594
G1 X143.179 Y124.781 E.29606
G1 X142.508 Y124.643
G1 X154.122 Y136.258 E.5047
G1 X154.105 Y136.774
G1 X142.156 Y124.824 E.51927
G1 X141.991 Y125.193
G1 X154.069 Y137.271 E.52488
G1 X154.023 Y137.759
G1 X144.528 Y128.264 E.4126
G1 X145.01 Y129.279
G1 X153.972 Y138.24 E.38941
G1 X153.897 Y138.699
G1 X145.283 Y130.085 E.37432
G1 X145.459 Y130.794
G1 X153.814 Y139.149 E.36306
G1 X153.712 Y139.581
G1 X145.58 Y131.449 E.35337
G1 X145.661 Y132.063
G1 X153.589 Y139.991 E.3445
G1 X153.459 Y140.393
G1 X145.721 Y132.656 E.33624
G1 X145.761 Y133.229
G1 X153.309 Y140.777 E.32799
G1 X153.137 Y141.139
G1 X145.796 Y133.798 E.319
G1 X145.814 Y134.349
G1 X152.948 Y141.482 E.30997
G1 X152.75 Y141.818
G1 X145.833 Y134.901 E.3006
G1 X145.851 Y135.452
G1 X152.53 Y142.131 E.29022
G1 X152.304 Y142.438
G1 X145.869 Y136.004 E.27962
G1 X145.887 Y136.555
G1 X152.059 Y142.727 E.26817
G1 X151.802 Y143.003
G1 X145.916 Y137.117 E.25574
G1 X145.972 Y137.706
G1 X151.534 Y143.269 E.24172
G1 X151.252 Y143.519
G1 X146.039 Y138.307 E.22652
G1 X146.143 Y138.944
G1 X150.959 Y143.76 E.20928
G1 X150.658 Y143.992
G1 X146.306 Y139.64 E.18912
G1 X146.551 Y140.419
G1 X150.344 Y144.211 E.16479
G1 X150.029 Y144.43
G1 X147.011 Y141.412 E.13117
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X148.425 Y142.826 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.044 Y137.738 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.156793
G1 F15000
G1 X153.946 Y137.948 E.00215
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X154.044 Y137.738 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X149.127 Y143.825 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.108086
G1 F15000
G1 X148.857 Y143.584 E.00192
; LINE_WIDTH: 0.147839
G3 X147.745 Y142.47 I12.582 J-13.656 E.01346
; LINE_WIDTH: 0.105695
G1 X147.581 Y142.278 E.00129
G1 X147.072 Y141.351 F30000
; LINE_WIDTH: 0.214853
G1 F15000
G1 X146.97 Y141.219 E.00233
; LINE_WIDTH: 0.18582
G1 X146.899 Y141.119 E.00142
; LINE_WIDTH: 0.14676
G1 X146.829 Y141.019 E.00103
; LINE_WIDTH: 0.1077
G1 X146.759 Y140.919 E.00065
G1 X145.329 Y129.864 F30000
; LINE_WIDTH: 0.144169
G1 F15000
G1 X145.27 Y130.097 E.00198
G1 X144.59 Y128.202 F30000
; LINE_WIDTH: 0.200206
G1 F15000
G1 X144.475 Y128.05 E.00244
; LINE_WIDTH: 0.158106
G1 X144.359 Y127.894 E.00183
; LINE_WIDTH: 0.112451
G1 X144.19 Y127.688 E.00151
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X144.359 Y127.894 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X148.586 Y128.825 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.105105
G1 F15000
G1 X148.375 Y128.589 E.0016
; LINE_WIDTH: 0.138974
G1 X148.164 Y128.354 E.00247
; LINE_WIDTH: 0.172844
G1 X147.953 Y128.119 E.00334
; LINE_WIDTH: 0.216525
G2 X146.613 Y126.767 I-26.008 J24.458 E.02693
; LINE_WIDTH: 0.186302
G1 X146.331 Y126.512 E.00444
; LINE_WIDTH: 0.148556
G1 X146.05 Y126.257 E.00327
; LINE_WIDTH: 0.108927
G1 X145.837 Y126.077 E.0015
G1 X143.976 Y125.022 F30000
; LINE_WIDTH: 0.192179
G1 F15000
G1 X143.838 Y125.056 E.00173
G3 X143.692 Y124.923 I.199 J-.364 E.00243
G1 X142.466 Y124.685 F30000
; LINE_WIDTH: 0.155823
G1 F15000
G1 X142.281 Y124.636 E.00176
G1 X142.258 Y124.66 E.00031
; LINE_WIDTH: 0.109963
G1 X142.176 Y124.778 E.00078
G1 X141.051 Y124.688 F30000
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.516834
G1 F7596.314
G2 X141.05 Y124.791 I-.03 J.051 E.00953
G1 E-.35 F3600
; WIPE_START
G1 F7596.314
G1 X140.991 Y124.791 E-.03528
G1 X140.962 Y124.74 E-.03574
G1 X140.991 Y124.688 E-.03574
G1 X141.051 Y124.688 E-.03574
; WIPE_END
G1 E-.0075 F3600
G1 X132.64 Y129.539 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.525898
G1 F7453.756
G2 X132.641 Y129.643 I-.024 J.052 E.00909
G1 E-.35 F3600
; WIPE_START
G1 F7453.756
G1 X132.58 Y129.644 E-.03571
G1 X132.55 Y129.591 E-.0356
G1 X132.58 Y129.539 E-.0356
G1 X132.64 Y129.539 E-.0356
; WIPE_END
G1 E-.0075 F3600
G1 X140.686 Y139.886 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X144.24 Y143.44 E.15444
G1 X144.67 Y144.403
G1 X139.274 Y139.007 E.23448
M204 S10000
G1 X137.845 Y138.112 F30000
M204 S2000
G1 F9547.055
G1 X144.903 Y145.17 E.30671
G1 X145.046 Y145.846
G1 X135.864 Y136.664 E.399
M204 S10000
G1 X132.836 Y131.503 F30000
M204 S2000
G1 F9547.055
G1 X131.933 Y130.6 E.03926
G1 X131.748 Y130.948
G1 X132.971 Y132.172 E.05317
G1 X133.218 Y132.952
G1 X131.613 Y131.346 E.06975
M73 P72 R3
G1 X131.506 Y131.773
G1 X133.621 Y133.888 E.09191
M204 S10000
G1 X134.753 Y135.553 F30000
M204 S2000
G1 F9547.055
G1 X131.409 Y132.209 E.14531
G1 X131.356 Y132.689
G1 X145.129 Y146.462 E.5985
G1 X145.179 Y147.045
G1 X131.317 Y133.184 E.60236
G1 X131.314 Y133.714
G1 X144.943 Y147.343 E.59224
G1 X144.58 Y147.513
G1 X131.346 Y134.279 E.57509
G1 X131.417 Y134.884
G1 X144.208 Y147.674 E.5558
G1 X143.824 Y147.823
G1 X131.526 Y135.526 E.53439
G1 X131.698 Y136.231
G1 X143.423 Y147.956 E.5095
G1 X143.005 Y148.071
G1 X131.913 Y136.979 E.48197
G1 X132.224 Y137.823
G1 X142.567 Y148.167 E.44946
G1 X142.103 Y148.236
G1 X132.629 Y138.761 E.41173
G1 X133.087 Y139.753
G1 X141.623 Y148.289 E.37094
G1 X141.095 Y148.294
G1 X133.226 Y140.426 E.34193
G1 X132.738 Y140.47
G1 X140.536 Y148.268 E.33888
G1 X139.922 Y148.187
G1 X132.249 Y140.515 E.33342
G1 X131.76 Y140.559
G1 X139.233 Y148.032 E.32472
G1 X138.47 Y147.802
G1 X131.271 Y140.603 E.31281
G1 X130.794 Y140.659
G1 X137.592 Y147.458 E.29544
G1 X136.601 Y147
G1 X130.331 Y140.73 E.27245
G1 X129.875 Y140.807
G1 X135.456 Y146.389 E.24254
M204 S10000
G1 X134.312 Y145.777 F30000
M204 S2000
G1 F9547.055
G1 X129.437 Y140.902 E.21185
G1 X129.013 Y141.012
G1 X133.221 Y145.219 E.18284
G1 X132.228 Y144.76
G1 X128.591 Y141.123 E.15807
G1 X128.186 Y141.252
G1 X131.35 Y144.415 E.13746
G1 X130.582 Y144.18
G1 X127.798 Y141.397 E.12095
G1 X127.414 Y141.545
G1 X129.893 Y144.025 E.10774
G1 X129.255 Y143.92
G1 X127.046 Y141.711 E.09601
G1 X126.69 Y141.889
G1 X128.678 Y143.876 E.08638
G1 X128.131 Y143.863
G1 X126.345 Y142.076 E.07763
G1 X126.013 Y142.278
G1 X127.621 Y143.886 E.06988
G1 X127.146 Y143.944
G1 X125.701 Y142.499 E.06281
G1 X125.393 Y142.724
G1 X126.684 Y144.015 E.05611
G1 X126.251 Y144.115
G1 X125.106 Y142.97 E.04975
G1 X124.828 Y143.226
G1 X125.837 Y144.235 E.04386
G1 X125.439 Y144.371
G1 X124.568 Y143.499 E.03788
G1 X124.318 Y143.783
G1 X125.056 Y144.52 E.03203
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X124.318 Y143.783 E-.07427
G1 X124.568 Y143.499 E-.02692
G1 X124.978 Y143.909 E-.0413
; WIPE_END
G1 E-.0075 F3600
G1 X143.768 Y142.673 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.102367
G1 F15000
G1 X143.654 Y142.535 E.00087
; LINE_WIDTH: 0.130943
G1 X143.48 Y142.341 E.00187
; LINE_WIDTH: 0.159699
G1 X143.306 Y142.147 E.00248
; LINE_WIDTH: 0.186673
G2 X142.358 Y141.197 I-13.924 J12.951 E.01573
; LINE_WIDTH: 0.155017
G1 X142.041 Y140.911 E.0039
; LINE_WIDTH: 0.110378
G2 X141.695 Y140.599 I-4.758 J4.942 E.00256
G1 X140.625 Y139.947 F30000
; LINE_WIDTH: 0.203804
G1 F15000
G1 X140.436 Y139.797 E.00316
; LINE_WIDTH: 0.15755
G1 X140.248 Y139.647 E.00225
; LINE_WIDTH: 0.111297
G1 X140.059 Y139.497 E.00134
G1 X139.213 Y139.068 F30000
; LINE_WIDTH: 0.203804
G1 F15000
G1 X139.024 Y138.918 E.00316
; LINE_WIDTH: 0.15755
G1 X138.835 Y138.768 E.00225
; LINE_WIDTH: 0.111297
G1 X138.646 Y138.618 E.00134
G1 X137.785 Y138.172 F30000
; LINE_WIDTH: 0.206899
G1 F15000
G1 X137.563 Y137.99 E.00383
; LINE_WIDTH: 0.159407
G1 X137.342 Y137.808 E.00272
; LINE_WIDTH: 0.111916
G1 X137.121 Y137.625 E.00161
G1 X135.804 Y136.724 F30000
; LINE_WIDTH: 0.22724
G1 F15000
G1 X135.518 Y136.455 E.00589
G3 X134.693 Y135.613 I9.648 J-10.277 E.01772
G1 X133.945 Y134.45 F30000
; LINE_WIDTH: 0.105825
G1 F15000
G1 X133.848 Y134.327 E.00081
; LINE_WIDTH: 0.141136
G1 X133.751 Y134.203 E.00126
; LINE_WIDTH: 0.177206
G1 X133.65 Y134.075 E.00179
; LINE_WIDTH: 0.206633
G1 X133.559 Y133.949 E.00206
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X133.65 Y134.075 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X131.977 Y136.916 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.198108
G1 F15000
G1 X131.802 Y136.633 E.00421
G1 X132.69 Y138.699 F30000
; LINE_WIDTH: 0.193344
G1 F15000
G1 X132.601 Y138.571 E.00192
; LINE_WIDTH: 0.151275
G1 X132.511 Y138.443 E.00138
; LINE_WIDTH: 0.109205
G1 X132.422 Y138.314 E.00085
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X132.511 Y138.443 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X124.748 Y144.667 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.267467
G1 F15000
G1 X124.546 Y144.429 E.0057
; LINE_WIDTH: 0.227931
G1 X124.344 Y144.192 E.0047
; LINE_WIDTH: 0.188395
G1 X124.142 Y143.955 E.00369
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X124.344 Y144.192 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X128.936 Y143.889 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0945338
G1 F15000
G2 X128.75 Y143.804 I-2.135 J4.415 E.00086
G1 X131.576 Y144.374 F30000
; LINE_WIDTH: 0.143695
G1 F15000
G1 X131.336 Y144.429 E.00202
G1 X133.689 Y145.448 F30000
; LINE_WIDTH: 0.10956
G1 F15000
G1 X133.554 Y145.351 E.0009
; LINE_WIDTH: 0.15234
G1 X133.418 Y145.254 E.00148
; LINE_WIDTH: 0.195119
G1 X133.282 Y145.158 E.00206
G1 X134.825 Y146.051 F30000
; LINE_WIDTH: 0.110179
G1 F15000
G1 X134.674 Y145.939 E.00103
; LINE_WIDTH: 0.154197
G1 X134.524 Y145.828 E.0017
; LINE_WIDTH: 0.198215
G1 X134.373 Y145.716 E.00237
G1 X135.969 Y146.662 F30000
; LINE_WIDTH: 0.110179
G1 F15000
G1 X135.819 Y146.55 E.00103
; LINE_WIDTH: 0.154196
G1 X135.668 Y146.439 E.0017
; LINE_WIDTH: 0.198214
G1 X135.518 Y146.327 E.00237
G1 X137.996 Y147.634 F30000
; LINE_WIDTH: 0.205851
G1 F15000
G1 X137.654 Y147.396 E.00553
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X137.996 Y147.634 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X145.051 Y147.173 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.143458
G1 F15000
G1 X145.096 Y147.177 E.00036
; LINE_WIDTH: 0.171307
G1 X145.143 Y147.196 E.00053
; LINE_WIDTH: 0.153286
G1 X145.107 Y147.24 E.00051
; LINE_WIDTH: 0.108306
G1 X144.993 Y147.32 E.00074
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X145.107 Y147.24 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X145.134 Y153.399 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X143.969 Y152.235 E.05059
G1 X143.18 Y151.979
G1 X145.087 Y153.886 E.08288
G1 X145.01 Y154.342
G1 X142.485 Y151.817 E.10974
G1 X141.868 Y151.734
G1 X144.914 Y154.78 E.13237
G1 X144.797 Y155.196
G1 X141.309 Y151.707 E.1516
G1 X140.781 Y151.714
G1 X144.667 Y155.599 E.16883
G1 X144.518 Y155.983
G1 X140.296 Y151.761 E.18345
G1 X139.836 Y151.835
G1 X144.351 Y156.349 E.19618
G1 X144.167 Y156.699
G1 X139.393 Y151.925 E.20748
G1 X138.973 Y152.038
G1 X143.964 Y157.029 E.21691
G1 X143.753 Y157.351
G1 X138.567 Y152.166 E.22533
M73 P73 R3
G1 X138.173 Y152.305
G1 X143.52 Y157.652 E.23237
G1 X143.282 Y157.947
G1 X137.79 Y152.455 E.23866
G1 X137.422 Y152.62
G1 X143.023 Y158.222 E.24341
G1 X142.763 Y158.494
G1 X137.056 Y152.788 E.24796
G1 X136.691 Y152.956
G1 X142.482 Y158.747 E.25165
G1 X142.201 Y158.999
G1 X136.341 Y153.139 E.25465
G1 X135.993 Y153.325
G1 X141.906 Y159.237 E.25693
G1 X141.603 Y159.468
G1 X135.646 Y153.51 E.25889
G1 X135.298 Y153.696
G1 X141.292 Y159.689 E.26044
G1 X140.98 Y159.911
G1 X134.95 Y153.882 E.262
G1 X134.603 Y154.067
G1 X140.663 Y160.128 E.26336
G1 X140.335 Y160.332
G1 X134.255 Y154.253 E.26419
G1 X133.908 Y154.439
G1 X140.006 Y160.537 E.26501
G1 X139.677 Y160.742
G1 X133.554 Y154.618 E.2661
G1 X133.195 Y154.793
G1 X139.349 Y160.946 E.26739
G1 X139.02 Y161.151
G1 X132.837 Y154.968 E.26868
G1 X132.473 Y155.137
G1 X138.691 Y161.355 E.27023
G1 X138.363 Y161.56
G1 X132.098 Y155.295 E.27224
G1 X131.719 Y155.45
G1 X138.034 Y161.764 E.2744
G1 X137.713 Y161.977
G1 X131.328 Y155.592 E.27745
G1 X130.926 Y155.723
G1 X137.395 Y162.192 E.28111
G1 X137.076 Y162.407
G1 X130.51 Y155.84 E.28535
G1 X130.076 Y155.94
G1 X136.765 Y162.628 E.29064
G1 X136.461 Y162.858
G1 X133.328 Y159.725 E.13615
G1 X133.16 Y160.09
G1 X136.16 Y163.09 E.13038
G1 X135.869 Y163.332
G1 X132.991 Y160.454 E.12505
G1 X132.822 Y160.819
G1 X135.585 Y163.582 E.12006
G1 X135.315 Y163.845
G1 X132.654 Y161.184 E.11562
G1 X132.485 Y161.549
G1 X135.046 Y164.109 E.11126
G1 X134.798 Y164.395
G1 X132.324 Y161.92 E.10752
G1 X132.174 Y162.304
G1 X134.551 Y164.681 E.10327
G1 X134.32 Y164.983
G1 X132.025 Y162.688 E.09975
G1 X131.897 Y163.093
G1 X134.101 Y165.297 E.09578
G1 X133.899 Y165.628
G1 X131.769 Y163.499 E.09254
G1 X131.654 Y163.917
G1 X133.697 Y165.96 E.08876
G1 X133.52 Y166.316
G1 X131.558 Y164.354 E.08525
G1 X131.47 Y164.799
G1 X133.358 Y166.688 E.08206
G1 X133.209 Y167.072
G1 X131.397 Y165.26 E.07874
G1 X131.344 Y165.74
G1 X133.073 Y167.469 E.07512
G1 X132.957 Y167.886
G1 X131.314 Y166.244 E.07137
G1 X131.314 Y166.776
G1 X132.869 Y168.331 E.06759
G1 X132.792 Y168.788
G1 X131.352 Y167.348 E.06257
G1 X131.446 Y167.975
G1 X132.729 Y169.258 E.05574
G1 X132.3 Y169.363
G1 X131.621 Y168.683 E.02952
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X132.3 Y169.363 E-.06845
G1 X132.729 Y169.258 E-.03142
G1 X132.306 Y168.835 E-.04263
; WIPE_END
G1 E-.0075 F3600
G1 X133.173 Y159.57 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X129.629 Y156.026 E.15398
G1 X129.16 Y156.09
G1 X132.586 Y159.516 E.14888
G1 X131.999 Y159.463
G1 X128.661 Y156.124 E.14508
G1 X128.14 Y156.137
G1 X131.413 Y159.409 E.1422
G1 X130.814 Y159.344
G1 X127.581 Y156.111 E.14047
G1 X126.965 Y156.028
G1 X130.184 Y159.248 E.13992
G1 X129.514 Y159.11
G1 X126.301 Y155.897 E.13961
G1 X125.531 Y155.661
G1 X128.809 Y158.939 E.14246
G1 X128.019 Y158.682
G1 X124.651 Y155.314 E.14638
G1 X124.411 Y155.607
G1 X127.136 Y158.332 E.11844
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X125.722 Y156.918 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X145.196 Y152.948 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.309329
G1 F13513.088
G1 X145.052 Y152.847 E.00382
; LINE_WIDTH: 0.260182
G1 F15000
G1 X144.907 Y152.747 E.00311
; LINE_WIDTH: 0.211036
G1 X144.763 Y152.647 E.00241
; LINE_WIDTH: 0.16189
G1 X144.618 Y152.547 E.00171
; LINE_WIDTH: 0.112743
G1 X144.473 Y152.446 E.001
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X144.618 Y152.547 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X125.466 Y155.726 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.156196
G1 F15000
G1 X125.144 Y155.519 E.00353
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X125.466 Y155.726 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X126.542 Y158.032 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.106002
G1 F15000
G1 X126.43 Y157.948 E.00072
; LINE_WIDTH: 0.141666
G1 X126.319 Y157.863 E.00112
; LINE_WIDTH: 0.17733
G1 X126.208 Y157.779 E.00153
; LINE_WIDTH: 0.213665
G1 X126.068 Y157.665 E.00252
; LINE_WIDTH: 0.250672
G1 X125.927 Y157.55 E.00306
; LINE_WIDTH: 0.287679
G1 F14708.349
G1 X125.787 Y157.436 E.00361
; LINE_WIDTH: 0.323917
G1 F12811.526
G1 X125.59 Y157.264 E.006
; LINE_WIDTH: 0.359383
G1 F11375.762
G1 X125.392 Y157.092 E.00676
; LINE_WIDTH: 0.391223
G1 F10335.851
G3 X124.195 Y155.873 I12.05 J-13.042 E.0485
G1 X127.556 Y158.512 F30000
; LINE_WIDTH: 0.109013
G1 F15000
G1 X127.437 Y158.432 E.00078
; LINE_WIDTH: 0.150698
G1 X127.317 Y158.351 E.00127
; LINE_WIDTH: 0.192384
G1 X127.197 Y158.271 E.00175
G1 X133.268 Y159.474 F30000
; LINE_WIDTH: 0.120115
G1 F15000
G1 X133.402 Y159.592 E.00112
G3 X133.35 Y159.676 I-.226 J-.08 E.00063
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X133.402 Y159.592 E-.05094
G1 X133.268 Y159.474 E-.09156
; WIPE_END
G1 E-.0075 F3600
G1 X132.643 Y170.348 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.510632
G1 F7697.045
G2 X132.642 Y170.449 I-.029 J.05 E.00922
G1 E-.35 F3600
; WIPE_START
G1 F7697.045
G1 X132.585 Y170.449 E-.03492
G1 X132.555 Y170.398 E-.03586
G1 X132.585 Y170.348 E-.03586
G1 X132.643 Y170.348 E-.03586
; WIPE_END
G1 E-.0075 F3600
G1 X141.05 Y175.213 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.521252
G1 F7526.153
G2 X141.05 Y175.317 I-.03 J.052 E.00975
G1 E-.35 F3600
; WIPE_START
G1 F7526.153
G1 X140.991 Y175.317 E-.03553
G1 X140.961 Y175.265 E-.03566
G1 X140.991 Y175.213 E-.03566
G1 X141.05 Y175.213 E-.03566
; WIPE_END
G1 E-.0075 F3600
G1 X159.002 Y175.205 F30000
M73 P74 R3
G1 E.5 F2400
; LINE_WIDTH: 0.510632
G1 F7697.045
G2 X159 Y175.307 I-.029 J.05 E.00922
G1 E-.35 F3600
; WIPE_START
G1 F7697.045
G1 X158.943 Y175.307 E-.03492
G1 X158.914 Y175.256 E-.03586
G1 X158.943 Y175.205 E-.03586
G1 X159.002 Y175.205 E-.03586
; WIPE_END
G1 E-.0075 F3600
G1 X167.42 Y170.361 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.531164
G1 F7373.363
G2 X167.421 Y170.466 I-.025 J.053 E.00932
G1 E-.35 F3600
; WIPE_START
G1 F7373.363
G1 X167.359 Y170.467 E-.03585
G1 X167.329 Y170.414 E-.03555
G1 X167.359 Y170.361 E-.03555
G1 X167.42 Y170.361 E-.03555
; WIPE_END
G1 E-.0075 F3600
G1 X174.944 Y155.48 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X175.684 Y156.22 E.03214
G1 X175.437 Y156.506
G1 X174.561 Y155.629 E.03808
G1 X174.163 Y155.765
G1 X175.174 Y156.777 E.04396
G1 X174.898 Y157.033
G1 X173.749 Y155.885 E.04991
G1 X173.316 Y155.985
G1 X174.608 Y157.277 E.05617
G1 X174.306 Y157.508
G1 X172.854 Y156.056 E.06308
G1 X172.379 Y156.114
G1 X173.985 Y157.721 E.06982
G1 X173.654 Y157.923
G1 X171.869 Y156.137 E.07758
G1 X171.322 Y156.124
G1 X173.312 Y158.114 E.0865
G1 X172.954 Y158.289
G1 X170.744 Y156.08 E.096
G1 X170.107 Y155.975
G1 X172.584 Y158.453 E.10764
G1 X172.205 Y158.606
G1 X169.418 Y155.82 E.12109
G1 X168.65 Y155.585
G1 X171.807 Y158.742 E.13716
G1 X171.409 Y158.877
G1 X167.772 Y155.24 E.15806
G1 X166.779 Y154.78
G1 X170.993 Y158.994 E.18311
G1 X170.559 Y159.094
G1 X165.688 Y154.222 E.21169
M204 S10000
G1 X164.543 Y153.611 F30000
M204 S2000
G1 F9547.055
G1 X170.123 Y159.191 E.24246
G1 X169.669 Y159.27
G1 X163.399 Y153 E.27246
G1 X162.408 Y152.542
G1 X169.206 Y159.341 E.29544
G1 X168.729 Y159.397
G1 X161.53 Y152.198 E.31282
G1 X160.764 Y151.965
G1 X168.24 Y159.441 E.32488
G1 X167.751 Y159.485
G1 X160.084 Y151.818 E.33317
G1 X159.471 Y151.738
G1 X167.262 Y159.53 E.33858
G1 X166.774 Y159.574
G1 X158.905 Y151.706 E.34193
G1 X158.377 Y151.711
G1 X166.913 Y160.248 E.37096
G1 X167.372 Y161.239
G1 X157.889 Y151.757 E.41206
G1 X157.43 Y151.831
G1 X167.776 Y162.177 E.44959
G1 X168.078 Y163.012
G1 X156.995 Y151.929 E.48162
G1 X156.578 Y152.046
G1 X168.31 Y163.777 E.50978
G1 X168.464 Y164.464
G1 X156.178 Y152.179 E.53388
G1 X155.792 Y152.326
G1 X168.585 Y165.119 E.55591
G1 X168.654 Y165.721
G1 X155.426 Y152.493 E.57485
G1 X155.059 Y152.659
G1 X168.686 Y166.286 E.59215
G1 X168.684 Y166.818
G1 X154.824 Y152.957 E.6023
G1 X154.881 Y153.547
G1 X168.652 Y167.318 E.59842
G1 X168.591 Y167.791
G1 X165.248 Y164.448 E.14527
M204 S10000
G1 X166.379 Y166.113 F30000
M204 S2000
G1 F9547.055
G1 X168.501 Y168.235 E.09222
G1 X168.387 Y168.654
G1 X166.782 Y167.049 E.06976
G1 X167.029 Y167.829
G1 X168.256 Y169.056 E.05332
G1 X168.067 Y169.4
G1 X167.164 Y168.497 E.03925
M204 S10000
G1 X164.135 Y163.335 F30000
M204 S2000
G1 F9547.055
G1 X154.962 Y154.162 E.39862
G1 X155.099 Y154.833
G1 X162.154 Y161.888 E.30658
M204 S10000
G1 X160.726 Y160.993 F30000
M204 S2000
G1 F9547.055
G1 X155.33 Y155.597 E.23448
G1 X155.76 Y156.56
G1 X159.314 Y160.114 E.15442
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X157.899 Y158.699 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X155.011 Y152.681 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.109389
G1 F15000
G1 X154.895 Y152.762 E.00077
; LINE_WIDTH: 0.15505
G1 X154.859 Y152.805 E.00052
; LINE_WIDTH: 0.160415
G1 X154.862 Y152.82 E.00015
G1 X154.951 Y152.83 E.00086
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X154.862 Y152.82 E-.12136
G1 X154.859 Y152.805 E-.02114
; WIPE_END
G1 E-.0075 F3600
G1 X162.346 Y152.604 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.205902
G1 F15000
G1 X162.003 Y152.366 E.00553
G1 X164.482 Y153.673 F30000
; LINE_WIDTH: 0.20314
G1 F15000
G1 X164.365 Y153.586 E.00191
; LINE_WIDTH: 0.168972
G1 X164.247 Y153.498 E.0015
; LINE_WIDTH: 0.134803
G1 X164.13 Y153.411 E.00109
; LINE_WIDTH: 0.102944
G1 X164.031 Y153.338 E.0006
G1 X165.626 Y154.284 F30000
; LINE_WIDTH: 0.198215
G1 F15000
G1 X165.476 Y154.172 E.00237
; LINE_WIDTH: 0.154197
G1 X165.326 Y154.061 E.0017
; LINE_WIDTH: 0.110179
G1 X165.175 Y153.949 E.00103
G1 X166.717 Y154.842 F30000
; LINE_WIDTH: 0.195119
G1 F15000
G1 X166.582 Y154.745 E.00206
; LINE_WIDTH: 0.152339
G1 X166.446 Y154.649 E.00148
; LINE_WIDTH: 0.10956
G1 X166.311 Y154.552 E.0009
G1 X168.664 Y155.571 F30000
; LINE_WIDTH: 0.143405
G1 F15000
G1 X168.424 Y155.626 E.00202
G1 X171.249 Y156.196 F30000
; LINE_WIDTH: 0.0946328
G1 F15000
G3 X171.064 Y156.111 I1.918 J-4.434 E.00086
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X171.249 Y156.196 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X175.858 Y156.046 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.188418
G1 F15000
G1 X175.656 Y155.808 E.0037
; LINE_WIDTH: 0.227983
G1 X175.454 Y155.571 E.0047
; LINE_WIDTH: 0.267548
G1 X175.252 Y155.333 E.00571
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X175.454 Y155.571 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X167.578 Y161.686 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.106854
G1 F15000
G1 X167.513 Y161.593 E.00059
; LINE_WIDTH: 0.14422
G1 X167.448 Y161.499 E.00094
; LINE_WIDTH: 0.181586
G1 X167.383 Y161.405 E.00129
; LINE_WIDTH: 0.207324
G1 X167.31 Y161.301 E.00171
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X167.383 Y161.405 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X166.441 Y166.051 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.206099
G1 F15000
G1 X166.346 Y165.92 E.00215
; LINE_WIDTH: 0.176362
G1 X166.249 Y165.797 E.00171
; LINE_WIDTH: 0.141085
G1 X166.152 Y165.673 E.00126
; LINE_WIDTH: 0.105808
G1 X166.055 Y165.55 E.0008
G1 X165.308 Y164.388 F30000
; LINE_WIDTH: 0.227178
G1 F15000
G1 X164.995 Y164.052 E.0069
G2 X164.195 Y163.275 I-29.469 J29.556 E.01674
G1 X162.879 Y162.374 F30000
; LINE_WIDTH: 0.111916
G1 F15000
G1 X162.657 Y162.192 E.00161
; LINE_WIDTH: 0.159407
G1 X162.436 Y162.01 E.00272
; LINE_WIDTH: 0.206899
G1 X162.215 Y161.827 E.00383
G1 X161.353 Y161.382 F30000
; LINE_WIDTH: 0.111297
G1 F15000
G1 X161.164 Y161.232 E.00134
; LINE_WIDTH: 0.15755
G1 X160.975 Y161.082 E.00225
; LINE_WIDTH: 0.203804
G1 X160.787 Y160.932 E.00316
G1 X159.941 Y160.503 F30000
; LINE_WIDTH: 0.111297
G1 F15000
G1 X159.752 Y160.353 E.00134
; LINE_WIDTH: 0.15755
G1 X159.563 Y160.203 E.00225
; LINE_WIDTH: 0.203804
G1 X159.374 Y160.053 E.00316
G1 X158.304 Y159.4 F30000
; LINE_WIDTH: 0.089502
G1 F15000
G1 X158.275 Y159.375 E.00015
; LINE_WIDTH: 0.106714
G1 X158.062 Y159.185 E.00148
; LINE_WIDTH: 0.138476
G1 X157.85 Y158.995 E.00222
; LINE_WIDTH: 0.179372
G3 X156.518 Y157.66 I14.001 J-15.297 E.02097
; LINE_WIDTH: 0.134226
G1 X156.389 Y157.508 E.00148
; LINE_WIDTH: 0.103522
G1 X156.26 Y157.356 E.00098
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X156.389 Y157.508 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X152.989 Y158.589 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X149.971 Y155.57 E.13119
G1 X149.656 Y155.789
G1 X153.438 Y159.57 E.16433
M73 P75 R3
G1 X153.697 Y160.363
G1 X149.342 Y156.008 E.18925
G1 X149.044 Y156.243
G1 X153.857 Y161.056 E.20914
G1 X153.961 Y161.693
G1 X148.75 Y156.482 E.22644
G1 X148.47 Y156.736
G1 X154.037 Y162.303 E.24189
G1 X154.082 Y162.881
G1 X148.2 Y156.999 E.2556
G1 X147.943 Y157.276
G1 X154.121 Y163.453 E.26844
G1 X154.138 Y164.003
G1 X147.699 Y157.565 E.27976
G1 X147.469 Y157.868
G1 X154.154 Y164.553 E.29051
G1 X154.171 Y165.103
G1 X147.252 Y158.185 E.30064
G1 X147.049 Y158.514
G1 X154.188 Y165.653 E.31021
G1 X154.204 Y166.203
G1 X146.863 Y158.861 E.31902
G1 X146.691 Y159.223
G1 X154.235 Y166.767 E.3278
G1 X154.276 Y167.341
G1 X146.541 Y159.607 E.3361
G1 X146.411 Y160.01
G1 X154.335 Y167.934 E.34433
G1 X154.426 Y168.557
G1 X146.288 Y160.42 E.35363
G1 X146.186 Y160.851
G1 X154.549 Y169.214 E.36341
G1 X154.72 Y169.918
G1 X146.103 Y161.301 E.37443
G1 X146.028 Y161.76
G1 X154.987 Y170.719 E.38932
G1 X155.454 Y171.718
G1 X145.971 Y162.235 E.41209
G1 X145.928 Y162.726
G1 X158.009 Y174.808 E.52499
G1 X157.844 Y175.176
G1 X145.894 Y163.226 E.51928
G1 X145.871 Y163.735
G1 X157.492 Y175.357 E.505
G1 X156.821 Y175.219
G1 X150.009 Y168.407 E.29603
G1 X149.998 Y168.396
G1 X145.855 Y164.253 E.18006
G1 X145.839 Y164.77
G1 X156.028 Y174.96 E.44277
G1 X155.005 Y174.47
G1 X150.684 Y170.148 E.18778
G1 X149.882 Y169.346
G1 X145.824 Y165.288 E.17635
G1 X145.808 Y165.806
G1 X149.661 Y169.659 E.16745
G1 X149.441 Y169.972
G1 X145.792 Y166.323 E.15855
G1 X145.762 Y166.826
G1 X149.22 Y170.284 E.15028
G1 X149 Y170.597
G1 X145.724 Y167.322 E.14233
G1 X145.67 Y167.801
G1 X148.779 Y170.91 E.13509
G1 X148.554 Y171.219
G1 X145.616 Y168.28 E.12768
G1 X145.543 Y168.741
G1 X148.317 Y171.515 E.12054
G1 X148.08 Y171.811
G1 X145.46 Y169.191 E.11385
G1 X145.362 Y169.625
G1 X147.831 Y172.095 E.10732
G1 X147.576 Y172.373
G1 X145.24 Y170.037 E.10153
G1 X145.113 Y170.444
G1 X147.32 Y172.65 E.0959
G1 X147.051 Y172.915
G1 X144.962 Y170.826 E.09077
G1 X144.804 Y171.201
G1 X146.769 Y173.166 E.0854
G1 X146.485 Y173.415
G1 X144.626 Y171.556 E.08078
G1 X144.438 Y171.902
G1 X146.194 Y173.658 E.07631
G1 X145.892 Y173.889
G1 X144.239 Y172.236 E.07182
G1 X144.026 Y172.557
G1 X145.577 Y174.107 E.06737
G1 X145.254 Y174.317
G1 X143.79 Y172.854 E.06358
G1 X143.553 Y173.149
G1 X144.918 Y174.515 E.05932
G1 X144.566 Y174.696
G1 X143.3 Y173.43 E.05504
G1 X143.036 Y173.699
G1 X144.202 Y174.865 E.05065
G1 X143.822 Y175.018
G1 X142.752 Y173.948 E.04651
G1 X142.465 Y174.195
G1 X143.423 Y175.152 E.04161
G1 X142.998 Y175.261
G1 X142.164 Y174.427 E.03624
G1 X141.974 Y174.77
G1 X142.555 Y175.351 E.02524
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X141.974 Y174.77 E-.05854
G1 X142.164 Y174.427 E-.02794
G1 X142.72 Y174.983 E-.05602
; WIPE_END
G1 E-.0075 F3600
G1 X152.457 Y157.76 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.090801
G1 F15000
G1 X152.422 Y157.719 E.00021
; LINE_WIDTH: 0.109615
G1 X152.164 Y157.438 E.00207
; LINE_WIDTH: 0.151829
G2 X151.537 Y156.787 I-8.298 J7.363 E.00803
; LINE_WIDTH: 0.144765
G1 X151.237 Y156.508 E.0034
; LINE_WIDTH: 0.110451
G2 X150.861 Y156.164 I-5.003 J5.085 E.00281
G1 X153.242 Y159.081 F30000
; LINE_WIDTH: 0.107716
G1 F15000
G1 X153.171 Y158.981 E.00065
; LINE_WIDTH: 0.14681
G1 X153.101 Y158.881 E.00104
; LINE_WIDTH: 0.189135
G2 X153.017 Y158.765 I-1.362 J.886 E.00171
; LINE_WIDTH: 0.217547
G1 X152.928 Y158.65 E.00207
G1 X155.81 Y172.313 F30000
; LINE_WIDTH: 0.112805
G1 F15000
G1 X155.639 Y172.104 E.00154
; LINE_WIDTH: 0.158898
G1 X155.516 Y171.942 E.00192
; LINE_WIDTH: 0.201469
G1 X155.393 Y171.78 E.00263
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.516 Y171.942 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.162 Y173.923 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.108877
G1 F15000
G1 X153.95 Y173.743 E.0015
; LINE_WIDTH: 0.148457
G1 X153.669 Y173.488 E.00327
; LINE_WIDTH: 0.186204
G1 X153.387 Y173.233 E.00444
; LINE_WIDTH: 0.216426
G3 X152.046 Y171.881 I24.669 J-25.811 E.02692
; LINE_WIDTH: 0.172762
G1 X151.836 Y171.646 E.00334
; LINE_WIDTH: 0.138925
G1 X151.625 Y171.411 E.00247
; LINE_WIDTH: 0.105088
G1 X151.415 Y171.176 E.0016
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X151.625 Y171.411 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X157.824 Y175.223 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.109962
G1 F15000
G1 X157.742 Y175.34 E.00078
; LINE_WIDTH: 0.155742
G1 X157.719 Y175.364 E.00031
G1 X157.534 Y175.315 E.00176
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X157.719 Y175.364 E-.12145
G1 X157.742 Y175.34 E-.02105
; WIPE_END
G1 E-.0075 F3600
G1 X176.4 Y154.808 F30000
G1 E.5 F2400
; FEATURE: Internal solid infill
; LINE_WIDTH: 0.525574
G1 F7458.759
G2 X176.4 Y154.912 I-.024 J.052 E.00908
G1 E-.35 F3600
; WIPE_START
G1 F7458.759
G1 X176.339 Y154.912 E-.0357
G1 X176.309 Y154.86 E-.0356
G1 X176.339 Y154.808 E-.0356
G1 X176.4 Y154.808 E-.0356
; WIPE_END
G1 E-.0075 F3600
G1 X176.393 Y145.094 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.51758
G1 F7584.376
G2 X176.392 Y145.197 I-.03 J.051 E.00956
G1 E-.35 F3600
; WIPE_START
G1 F7584.376
G1 X176.333 Y145.197 E-.03532
G1 X176.304 Y145.146 E-.03573
G1 X176.333 Y145.094 E-.03573
G1 X176.393 Y145.094 E-.03573
; WIPE_END
G1 E-.0075 F3600
G1 X123.661 Y145.088 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.525582
M73 P76 R3
G1 F7458.635
G2 X123.661 Y145.192 I-.024 J.052 E.00908
G1 E-.35 F3600
; WIPE_START
G1 F7458.635
G1 X123.6 Y145.192 E-.0357
G1 X123.57 Y145.14 E-.0356
G1 X123.6 Y145.088 E-.0356
G1 X123.661 Y145.088 E-.0356
; WIPE_END
G1 E-.0075 F3600
G1 X123.658 Y154.803 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.530632
G1 F7381.405
G2 X123.658 Y154.908 I-.025 J.052 E.00929
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 2.4
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F7381.405
G1 X123.597 Y154.909 E-.03584
G1 X123.566 Y154.856 E-.03555
G1 X123.597 Y154.803 E-.03555
G1 X123.658 Y154.803 E-.03555
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X153.71 Y151.455 Z2.4 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.351713
G1 F11658.295
G2 X153.707 Y149.546 I-304.588 J-.541 E.04803
; LINE_WIDTH: 0.346528
G1 F11857.395
G1 X153.707 Y148.573 E.02409
G3 X154.008 Y149.518 I-2.383 J1.279 E.0247
; LINE_WIDTH: 0.359741
G1 F11362.882
G1 X154.031 Y149.949 E.01114
G1 X154.016 Y150.4 E.01165
; LINE_WIDTH: 0.351713
G1 F11658.295
G1 X153.897 Y150.975 E.01478
G1 X153.732 Y151.399 E.01145
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F11658.295
G1 X153.707 Y149.546 E-.13204
G1 X153.707 Y149.399 E-.01046
; WIPE_END
G1 E-.0075 F3600
G1 X146.293 Y151.427 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.346529
G1 F11857.356
G1 X146.097 Y150.965 E.01243
G1 X145.989 Y150.464 E.01267
; LINE_WIDTH: 0.351713
G1 F11658.295
G1 X145.984 Y149.6 E.02174
G1 X146.103 Y149.025 E.01478
G1 X146.29 Y148.545 E.01296
G2 X146.293 Y150.454 I304.382 J.541 E.04803
; LINE_WIDTH: 0.346529
G1 F11857.356
G1 X146.293 Y151.367 E.0226
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F11857.356
G1 X146.097 Y150.965 E-.03191
G1 X145.989 Y150.464 E-.03649
G1 X145.984 Y149.6 E-.06156
G1 X146.019 Y149.428 E-.01254
; WIPE_END
G1 E-.0075 F3600
G1 X153.351 Y151.646 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.494632
G1 F7969.68
G1 X153.345 Y151.717 E.0026
; LINE_WIDTH: 0.529895
G1 F7392.576
G1 X153.333 Y151.851 E.00537
; LINE_WIDTH: 0.551247
G1 F7082.055
G1 X153.133 Y152.113 E.01365
G1 X152.915 Y152.222 E.01009
; LINE_WIDTH: 0.517498
G1 F7585.692
G1 X152.697 Y152.33 E.00942
; LINE_WIDTH: 0.483749
G1 F8166.443
G1 X152.479 Y152.439 E.00875
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X152.133 Y152.639 E.01327
G1 X150.859 Y153.375 E.04878
; LINE_WIDTH: 0.452208
G1 F8795.762
G1 X150.316 Y153.69 E.02095
; LINE_WIDTH: 0.489411
G1 F8062.881
G1 X150.183 Y153.752 E.00532
; LINE_WIDTH: 0.526613
G1 F7442.737
G1 X150.051 Y153.814 E.00577
; LINE_WIDTH: 0.550633
G1 F7090.62
G1 X149.746 Y153.772 E.01274
G1 X149.539 Y153.637 E.01021
; LINE_WIDTH: 0.517089
G1 F7592.24
G1 X149.333 Y153.501 E.00954
; LINE_WIDTH: 0.483544
G1 F8170.238
G1 X149.126 Y153.366 E.00886
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X148.78 Y153.166 E.01327
G1 X147.47 Y152.41 E.05018
; LINE_WIDTH: 0.454634
G1 F8743.934
G1 X146.952 Y152.113 E.02002
; LINE_WIDTH: 0.489484
G1 F8061.555
G1 X146.825 Y152.015 E.00584
; LINE_WIDTH: 0.524334
G1 F7477.971
G1 X146.698 Y151.917 E.00629
; LINE_WIDTH: 0.535109
G1 F7314.264
G1 X146.664 Y151.852 E.00294
G1 X146.615 Y151.6 E.01029
; LINE_WIDTH: 0.515214
G1 F7622.371
G1 X146.632 Y151.263 E.01301
; LINE_WIDTH: 0.482607
G1 F8187.652
G1 X146.648 Y150.925 E.01211
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X146.648 Y150.525 E.01327
G1 X146.648 Y149.06 E.0486
; LINE_WIDTH: 0.454453
G1 F8747.78
G1 X146.646 Y148.418 E.02152
; LINE_WIDTH: 0.489169
G1 F8067.253
G1 X146.667 Y148.259 E.00585
; LINE_WIDTH: 0.523884
G1 F7484.968
G1 X146.689 Y148.1 E.0063
; LINE_WIDTH: 0.549765
G1 F7102.763
G1 X146.861 Y147.894 E.01106
G1 X147.191 Y147.727 E.01527
; LINE_WIDTH: 0.499882
G1 F7878.117
G1 X147.521 Y147.561 E.01377
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X147.867 Y147.361 E.01327
G1 X149.347 Y146.506 E.05669
G1 X149.694 Y146.306 E.01327
; LINE_WIDTH: 0.488968
G1 F8070.88
G1 X149.83 Y146.244 E.00546
; LINE_WIDTH: 0.527937
G1 F7422.42
G1 X149.967 Y146.182 E.00593
G1 X150.247 Y146.257 E.01142
; LINE_WIDTH: 0.490904
G1 F8036.001
G1 X150.861 Y146.626 E.02617
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X151.207 Y146.826 E.01327
G1 X152.53 Y147.59 E.05068
; LINE_WIDTH: 0.459517
G1 F8641.445
G1 X153.049 Y147.884 E.02026
; LINE_WIDTH: 0.494916
G1 F7964.672
G1 X153.16 Y147.962 E.00497
; LINE_WIDTH: 0.530315
G1 F7386.207
G1 X153.271 Y148.039 E.00536
; LINE_WIDTH: 0.550003
G1 F7099.43
G1 X153.396 Y148.343 E.01358
G1 X153.381 Y148.587 E.0101
; LINE_WIDTH: 0.516669
G1 F7598.971
G1 X153.367 Y148.831 E.00944
; LINE_WIDTH: 0.483334
G1 F8174.133
G1 X153.352 Y149.075 E.00877
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X153.352 Y149.475 E.01327
G1 X153.352 Y150.94 E.0486
; LINE_WIDTH: 0.459369
G1 F8644.516
G1 X153.357 Y151.582 E.02178
; LINE_WIDTH: 0.494632
G1 F7969.68
G1 X153.356 Y151.586 E.00018
M204 S10000
G1 X152.96 Y151.6 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X152.909 Y151.729 E.00427
G3 X150.094 Y153.363 I-54.464 J-90.558 E.10001
G1 X149.957 Y153.384 E.00427
G3 X147.134 Y151.763 I51.397 J-92.798 E.10001
G1 X147.048 Y151.654 E.00427
G3 X147.04 Y148.4 I109.883 J-1.897 E.10001
G1 X147.091 Y148.271 E.00427
G3 X149.654 Y146.782 I51.581 J85.835 E.09109
G1 X150 Y146.611 E.01184
G1 X150.499 Y146.87 E.01727
G1 X152.866 Y148.237 E.08397
G1 X152.952 Y148.346 E.00427
G3 X152.961 Y151.54 I-106.364 J1.888 E.09816
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.909 Y151.729 E-.01397
G1 X151.349 Y152.635 E-.12853
; WIPE_END
G1 E-.0075 F3600
G1 X148.485 Y145.893 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X148.844 Y145.786 E.01242
G1 X149.475 Y145.687 E.02118
; LINE_WIDTH: 0.488968
G1 F8070.88
G1 X149.709 Y145.693 E.00853
; LINE_WIDTH: 0.527937
G1 F7422.42
G2 X150.223 Y145.695 I.281 J-5.903 E.02034
; LINE_WIDTH: 0.495527
G1 F7953.92
G1 X150.503 Y145.691 E.01032
; LINE_WIDTH: 0.463117
G1 F8567.41
G1 X151.194 Y145.772 E.02381
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X151.733 Y145.96 E.01895
G1 X152.326 Y146.269 E.02218
G3 X153.127 Y146.921 I-2.507 J3.901 E.03432
; LINE_WIDTH: 0.459517
G1 F8641.445
G1 X153.479 Y147.403 E.02026
; LINE_WIDTH: 0.491925
G1 F8017.728
G1 X153.594 Y147.614 E.00881
; LINE_WIDTH: 0.524333
G1 F7477.987
G3 X153.935 Y148.289 I-7.662 J4.3 E.02967
; LINE_WIDTH: 0.520637
G1 F7535.842
G1 X154.097 Y148.606 E.01387
; LINE_WIDTH: 0.485318
G1 F8137.469
G1 X154.259 Y148.923 E.01284
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X154.358 Y149.454 E.01789
G3 X154.392 Y149.963 I-4.507 J.562 E.01694
G1 X154.369 Y150.463 E.01663
G1 X154.231 Y151.105 E.02177
; LINE_WIDTH: 0.459369
G1 F8644.516
G1 X153.993 Y151.701 E.02178
; LINE_WIDTH: 0.491626
G1 F8023.07
G1 X153.865 Y151.913 E.00904
; LINE_WIDTH: 0.523883
G1 F7484.983
G3 X153.45 Y152.554 I-7.677 J-4.512 E.02994
; LINE_WIDTH: 0.521656
G1 F7519.801
G1 X153.257 Y152.839 E.01343
; LINE_WIDTH: 0.485828
G1 F8128.108
G1 X153.064 Y153.124 E.01242
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X152.681 Y153.464 E.01699
G3 X151.698 Y154.052 I-2.736 J-3.458 E.03808
G1 X151.156 Y154.214 E.01878
; LINE_WIDTH: 0.452208
G1 F8795.762
G1 X150.535 Y154.31 E.02095
; LINE_WIDTH: 0.487592
G1 F8095.864
G1 X150.282 Y154.304 E.00921
; LINE_WIDTH: 0.522975
G1 F7499.14
G3 X149.512 Y154.269 I.256 J-14.243 E.03013
; LINE_WIDTH: 0.51639
G1 F7603.438
G1 X149.159 Y154.249 E.01365
; LINE_WIDTH: 0.483195
G1 F8176.717
G1 X148.806 Y154.228 E.01269
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X148.267 Y154.04 E.01895
G1 X147.674 Y153.731 E.02218
G3 X146.873 Y153.079 I2.507 J-3.901 E.03432
; LINE_WIDTH: 0.454634
G1 F8743.934
G1 X146.519 Y152.599 E.02002
; LINE_WIDTH: 0.489484
G1 F8061.555
G1 X146.405 Y152.386 E.00877
; LINE_WIDTH: 0.524334
G1 F7477.971
G3 X146.062 Y151.712 I10.115 J-5.567 E.02968
; LINE_WIDTH: 0.515214
G1 F7622.371
G1 X145.901 Y151.394 E.01371
; LINE_WIDTH: 0.482607
G1 F8187.652
G1 X145.741 Y151.077 E.01276
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X145.642 Y150.546 E.01789
G3 X145.769 Y148.895 I4.208 J-.506 E.0553
; LINE_WIDTH: 0.454453
G1 F8747.78
G1 X146.005 Y148.298 E.02152
; LINE_WIDTH: 0.489169
G1 F8067.253
G1 X146.134 Y148.087 E.009
; LINE_WIDTH: 0.523884
G1 F7484.968
G3 X146.548 Y147.444 I10.125 J6.063 E.02996
; LINE_WIDTH: 0.515833
G1 F7612.394
G1 X146.742 Y147.16 E.01326
; LINE_WIDTH: 0.482916
G1 F8181.892
G1 X146.936 Y146.876 E.01234
; LINE_WIDTH: 0.449999
G1 F8843.491
G1 X147.319 Y146.536 E.01699
G3 X148.302 Y145.948 I2.736 J3.458 E.03808
G1 X148.428 Y145.91 E.00436
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8843.491
G1 X148.844 Y145.786 E-.03096
G1 X149.475 Y145.687 E-.04549
G1 X149.709 Y145.693 E-.01671
G1 X150.223 Y145.695 E-.03665
G1 X150.402 Y145.693 E-.01269
; WIPE_END
G1 E-.0075 F3600
G1 X151.531 Y153.573 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.6512
G1 F5918.327
G1 X152.358 Y153.091 E.04745
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5918.327
G1 X151.531 Y153.573 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X147.589 Y153.055 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.676648
G1 F5680.671
G2 X148.469 Y153.573 I4.104 J-5.971 E.05276
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5680.671
G1 X147.947 Y153.286 E-.08302
G1 X147.589 Y153.055 E-.05948
; WIPE_END
G1 E-.0075 F3600
G1 X148.469 Y146.427 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.651202
G1 F5918.308
G1 X147.642 Y146.909 E.04745
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5918.308
G1 X148.469 Y146.427 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X152.411 Y146.945 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.67665
G1 F5680.653
G2 X151.531 Y146.427 I-4.104 J5.971 E.05275
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5680.653
G1 X152.053 Y146.714 E-.08302
G1 X152.411 Y146.945 E-.05948
; WIPE_END
G1 E-.0075 F3600
G1 X144.952 Y146.96 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F9547.071
G1 X144.899 Y147.109 E.00484
G3 X141.374 Y148.078 I-3.949 J-7.463 E.11325
G3 X138.355 Y147.529 I.023 J-8.694 E.09478
G3 X136.401 Y146.651 I6.394 J-16.853 E.06587
G2 X133.858 Y145.284 I-176.33 J324.968 E.0887
G2 X130.654 Y143.965 I-8.452 J15.973 E.10663
G2 X124.661 Y144.454 I-2.346 J8.221 E.1888
G1 X124.473 Y144.43 E.00582
G1 X124.346 Y144.272 E.00623
G1 X124.368 Y144.082 E.00589
G3 X126.288 Y142.365 I5.505 J4.224 E.0796
G3 X130.267 Y140.964 I5.771 J10.044 E.13033
G3 X133.725 Y140.603 I7.648 J56.52 E.10685
G1 X132.781 Y138.578 E.06866
G1 X132.401 Y137.691 E.02965
G3 X131.536 Y133.84 I11.769 J-4.666 E.12176
G3 X132.044 Y130.801 I7.308 J-.342 E.09538
G1 X132.153 Y130.664 E.0054
G1 X132.381 Y130.668 E.007
G1 X132.482 Y130.728 E.00362
G1 X132.566 Y131.158 E.01347
G2 X133.113 Y133.319 I9.542 J-1.263 E.06864
G2 X135.732 Y136.841 I8.663 J-3.707 E.13613
G2 X138.565 Y138.829 I15.084 J-18.492 E.10643
G3 X141.12 Y140.448 I-21.6 J36.913 E.09298
G3 X143.33 Y142.449 I-6.393 J9.279 E.09188
G3 X144.284 Y144.037 I-7.008 J5.29 E.057
G3 X144.949 Y146.9 I-8.237 J3.421 E.09075
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X144.899 Y147.109 E-.01524
G1 X144.064 Y147.498 E-.06568
G1 X143.558 Y147.683 E-.03838
G1 X143.244 Y147.771 E-.0232
; WIPE_END
G1 E-.0075 F3600
G1 X144.946 Y152.971 F30000
G1 E.5 F2400
M204 S5000
G1 F9547.071
G1 X144.865 Y153.89 E.02833
G3 X144.332 Y155.865 I-9.377 J-1.471 E.06299
G3 X142.509 Y158.43 I-7.171 J-3.167 E.09733
G3 X140.3 Y160.103 I-11.819 J-13.306 E.08524
G2 X137.582 Y161.796 I106.729 J174.43 E.09839
G2 X135.1 Y163.736 I8.835 J13.853 E.09695
G2 X132.527 Y169.171 I5.946 J6.142 E.18879
G1 X132.413 Y169.322 E.00583
G1 X132.218 Y169.353 E.00606
G1 X132.074 Y169.268 E.00514
G3 X131.532 Y166.718 I6.341 J-2.681 E.08061
G3 X132.077 Y163.229 I11.01 J-.065 E.10898
G3 X133.175 Y160.576 I21.018 J7.144 E.08829
G1 X133.725 Y159.397 E.03997
G1 X131.499 Y159.201 E.06866
G1 X130.541 Y159.086 E.02965
G3 X126.774 Y157.91 I1.844 J-12.525 E.12176
G3 X124.395 Y155.951 I3.361 J-6.506 E.0954
G1 X124.331 Y155.788 E.00538
G1 X124.448 Y155.593 E.00701
G1 X124.551 Y155.535 E.00362
G1 X124.966 Y155.677 E.01347
G2 X129.488 Y156.276 I3.328 J-7.753 E.14194
G2 X133.079 Y155.104 I-2.086 J-12.476 E.11651
G2 X136.047 Y153.535 I-35.188 J-70.143 E.10316
G3 X138.347 Y152.474 I10.888 J20.588 E.07787
G3 X141.348 Y151.921 I3 J7.854 E.0943
G3 X144.844 Y152.852 I-.4 J8.529 E.112
G1 X144.907 Y152.926 E.00299
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X144.865 Y153.89 E-.06875
G1 X144.772 Y154.42 E-.03838
G1 X144.65 Y154.902 E-.03537
; WIPE_END
G1 E-.0075 F3600
G1 X150.046 Y155.863 F30000
G1 E.5 F2400
M204 S5000
G1 F9547.071
G1 X150.801 Y156.392 E.02833
G3 X152.245 Y157.842 I-5.962 J7.385 E.06299
G3 X153.555 Y160.702 I-6.328 J4.627 E.09733
G3 X153.899 Y163.452 I-17.433 J3.583 E.08524
G2 X153.987 Y166.337 I369.676 J-9.78 E.0887
G2 X154.446 Y169.772 I18.06 J-.667 E.10663
G2 X157.866 Y174.717 I8.292 J-2.079 E.18879
G1 X157.94 Y174.892 E.00583
G1 X157.869 Y175.076 E.00606
G1 X157.723 Y175.158 E.00514
G3 X155.244 Y174.353 I.848 J-6.832 E.0806
G3 X152.495 Y172.136 I5.449 J-9.567 E.10898
G3 X150.746 Y169.859 I16.696 J-14.631 E.08829
G1 X150 Y168.793 E.03997
G1 X148.718 Y170.623 E.06866
G3 X145.703 Y173.755 I-11.344 J-7.905 E.13412
G3 X142.318 Y175.156 I-4.492 J-6.061 E.11371
G1 X142.178 Y175.125 E.0044
G1 X142.06 Y174.892 E.00801
G1 X142.135 Y174.717 E.00584
G2 X145.554 Y169.772 I-4.873 J-7.024 E.18877
G2 X146.013 Y166.329 I-17.355 J-4.068 E.1069
G1 X146.043 Y165.492 E.02572
G3 X146.168 Y162.466 I42.807 J.249 E.09308
G3 X146.796 Y159.552 I11.233 J.897 E.09188
G3 X147.694 Y157.932 I8.086 J3.424 E.05701
G3 X149.892 Y155.891 I7.081 J5.423 E.09259
G1 X149.987 Y155.874 E.00299
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X150.801 Y156.392 E-.06875
G1 X151.214 Y156.738 E-.03838
G1 X151.57 Y157.084 E-.03537
; WIPE_END
G1 E-.0075 F3600
G1 X167.848 Y169.336 F30000
G1 E.5 F2400
M204 S5000
G1 F9547.071
G1 X167.619 Y169.332 E.00702
G1 X167.511 Y169.264 E.00393
G1 X167.401 Y168.57 E.02157
G2 X165.664 Y164.591 I-8.395 J1.296 E.1349
G2 X164.252 Y163.144 I-8.443 J6.825 E.06224
G2 X161.438 Y161.173 I-15.676 J19.392 E.10564
G3 X158.88 Y159.552 I21.619 J-36.948 E.09309
G3 X156.67 Y157.551 I6.393 J-9.279 E.09188
G3 X155.716 Y155.963 I7.008 J-5.29 E.057
G3 X155.048 Y153.04 I8.237 J-3.421 E.09259
G1 X155.101 Y152.891 E.00484
G1 X155.936 Y152.502 E.02833
G3 X157.914 Y151.976 I3.414 J8.855 E.06299
G3 X161.046 Y152.273 I.843 J7.793 E.09733
G3 X163.599 Y153.349 I-5.614 J16.889 E.08524
G2 X166.142 Y154.716 I176.369 J-325.04 E.0887
G2 X169.346 Y156.035 I8.452 J-15.973 E.10663
G2 X175.339 Y155.546 I2.346 J-8.221 E.1888
G1 X175.527 Y155.57 E.00582
G1 X175.654 Y155.728 E.00623
G1 X175.632 Y155.918 E.00589
G1 X175.125 Y156.517 E.02409
G3 X172.73 Y158.152 I-5.636 J-5.683 E.08959
G3 X168.93 Y159.15 I-5.314 J-12.496 E.12117
G3 X166.275 Y159.397 I-6.804 J-58.837 E.08192
G1 X167.219 Y161.422 E.06866
G1 X167.599 Y162.309 E.02965
G3 X168.464 Y166.16 I-11.769 J4.666 E.12176
G3 X167.957 Y169.199 I-7.315 J.342 E.0954
G1 X167.885 Y169.289 E.00353
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X167.619 Y169.332 E-.01917
G1 X167.511 Y169.264 E-.00911
G1 X167.401 Y168.57 E-.05002
G1 X167.286 Y167.975 E-.04319
G1 X167.211 Y167.69 E-.021
; WIPE_END
G1 E-.0075 F3600
G1 X148.871 Y145.293 F30000
G1 E.5 F2400
M204 S5000
G1 F9547.071
G1 X148.899 Y145.268 E.00115
G1 X148.908 Y145.131 E.00422
G1 X148.847 Y145.034 E.00353
G3 X146.216 Y142.307 I5.615 J-8.049 E.11719
G3 X144.98 Y138.909 I8.319 J-4.951 E.11175
G3 X144.718 Y135.841 I24.826 J-3.663 E.09467
G2 X144.59 Y132.73 I-56.94 J.795 E.09569
G2 X144.211 Y130.447 I-13.791 J1.112 E.07119
G2 X143.247 Y128.305 I-7.466 J2.074 E.07248
G1 X142.94 Y127.87 E.01633
G1 X142.272 Y127.147 E.03026
G2 X141.269 Y126.328 I-5.228 J5.377 E.03982
G1 X140.181 Y125.696 E.03868
G2 X137.981 Y124.791 I-8.538 J17.617 E.07312
G1 X137.86 Y124.624 E.00634
G1 X137.889 Y124.437 E.0058
G1 X138.035 Y124.291 E.00635
G3 X141.316 Y123.459 I3.843 J8.27 E.1046
G1 X142.545 Y123.509 E.03781
G3 X145.591 Y124.564 I-1.153 J8.253 E.09968
G3 X148.996 Y127.515 I-6.939 J11.447 E.13911
G3 X149.847 Y128.629 I-12.955 J10.768 E.0431
G1 X149.929 Y128.671 E.00284
G2 X150.071 Y128.671 I.071 J-.051 E.00505
G1 X150.153 Y128.629 E.00284
G3 X153.336 Y125.272 I12.451 J8.619 E.14272
G3 X156.259 Y123.76 I5.835 J7.699 E.10161
G1 X157.078 Y123.566 E.02587
G3 X159.463 Y123.533 I1.307 J8.249 E.07354
G3 X161.896 Y124.262 I-1.701 J10.098 E.07823
G1 X162.085 Y124.386 E.00696
G1 X162.139 Y124.549 E.00526
G1 X162.083 Y124.741 E.00616
G1 X161.878 Y124.857 E.00724
G2 X159.794 Y125.7 I5.623 J16.905 E.06909
G2 X157.302 Y127.578 I4.131 J8.072 E.09637
G1 X156.772 Y128.274 E.02688
G1 X156.459 Y128.776 E.01818
G2 X155.547 Y131.575 I7.878 J4.113 E.09088
G2 X155.326 Y134.275 I25.554 J3.452 E.08328
G3 X155.131 Y138.133 I-51.685 J-.676 E.11871
G3 X154.146 Y141.658 I-10.792 J-1.115 E.11303
G3 X151.819 Y144.524 I-8.133 J-4.227 E.11421
G1 X151.154 Y145.033 E.02574
G1 X151.091 Y145.132 E.00359
G1 X151.101 Y145.268 E.00421
G1 X151.128 Y145.293 E.00113
G1 X151.204 Y145.36 E.00311
G1 X151.889 Y145.599 E.02231
G3 X153.413 Y146.636 I-2.338 J5.074 E.0569
G1 X153.512 Y146.67 E.00322
G1 X153.547 Y146.682 E.00113
G1 X153.67 Y146.622 E.00422
G1 X153.724 Y146.52 E.00354
G3 X154.771 Y142.876 I9.779 J.838 E.11722
G3 X157.095 Y140.107 I8.448 J4.729 E.11175
G3 X159.621 Y138.346 I15.584 J19.668 E.09466
G2 X162.32 Y136.632 I-28.379 J-47.657 E.09828
G2 X164.039 Y135.211 I-7.908 J-11.313 E.0686
G2 X165.65 Y132.785 I-5.38 J-5.32 E.09003
G1 X165.927 Y131.881 E.02907
G2 X166.135 Y130.603 I-7.272 J-1.839 E.03982
G1 X166.138 Y129.344 E.03868
G2 X165.822 Y126.987 I-19.526 J1.414 E.07312
G1 X165.907 Y126.798 E.00637
G1 X166.076 Y126.732 E.00555
G1 X166.283 Y126.784 E.00655
G3 X168.645 Y129.211 I-5.241 J7.464 E.10468
G3 X169.815 Y133.058 I-6.708 J4.142 E.12493
G3 X169.13 Y137.438 I-12.727 J.251 E.13691
G3 X168.43 Y139.185 I-15.662 J-5.258 E.05786
G1 X168.435 Y139.276 E.0028
G2 X168.506 Y139.397 I.08 J.035 E.00502
G1 X168.584 Y139.447 E.00284
G3 X173.467 Y140.698 I-1.213 J14.886 E.15564
G3 X176.152 Y142.599 I-3.869 J8.312 E.10165
G3 X177.483 Y144.566 I-6.1 J5.558 E.07321
G3 X178.247 Y147.563 I-8.124 J3.67 E.09552
G1 X178.168 Y147.737 E.00588
G1 X178.021 Y147.817 E.00515
G1 X177.843 Y147.811 E.00548
G2 X175.825 Y146.262 I-10.854 J12.053 E.07824
G2 X173.069 Y145.113 I-4.765 J7.549 E.09218
G1 X172.201 Y145.001 E.02688
G1 X171.61 Y144.981 E.01818
G2 X168.036 Y145.878 I.496 J9.543 E.11392
G2 X164.906 Y147.493 I20.388 J43.373 E.10825
G3 X161.424 Y149.033 I-9.719 J-17.264 E.11717
G3 X155.652 Y148.837 I-2.605 J-8.4 E.18082
G1 X154.879 Y148.516 E.02572
G1 X154.762 Y148.511 E.00359
G1 X154.648 Y148.588 E.00422
G1 X154.641 Y148.622 E.00108
G1 X154.621 Y148.723 E.00316
G3 X154.766 Y150.47 I-5.457 J1.333 E.0541
G1 X154.621 Y151.276 E.02517
G1 X154.641 Y151.378 E.00317
G1 X154.648 Y151.412 E.00109
G1 X154.762 Y151.489 E.00423
G1 X154.877 Y151.485 E.00353
G3 X158.555 Y150.57 I4.163 J8.888 E.11718
G3 X162.115 Y151.198 I.128 J9.681 E.11175
G3 X164.903 Y152.505 I-9.242 J23.332 E.09467
G2 X167.661 Y153.95 I27.783 J-49.711 E.09569
G2 X169.827 Y154.763 I5.933 J-12.5 E.07118
G2 X172.733 Y154.945 I1.917 J-7.319 E.09003
G1 X173.658 Y154.734 E.02914
G2 X176.506 Y153.27 I-2.812 J-8.979 E.09888
G2 X177.792 Y152.215 I-7.803 J-10.813 E.05115
G1 X177.989 Y152.171 E.00619
G1 X178.159 Y152.242 E.00568
G1 X178.235 Y152.406 E.00554
G1 X178.247 Y152.493 E.00271
G3 X177.31 Y155.784 I-9.071 J-.805 E.10577
M73 P77 R3
G3 X174.58 Y158.689 I-6.981 J-3.823 E.12382
G3 X170.909 Y160.183 I-6.49 J-10.691 E.1223
G3 X168.584 Y160.553 I-4.164 J-18.699 E.07237
G1 X168.506 Y160.603 E.00284
G2 X168.436 Y160.725 I.009 J.087 E.00505
G1 X168.431 Y160.818 E.00284
G3 X169.789 Y165.672 I-13.498 J6.393 E.15564
G3 X169.485 Y168.948 I-9.133 J.805 E.10164
G3 X168.427 Y171.113 I-7.86 J-2.502 E.0743
G1 X167.884 Y171.793 E.02673
G3 X166.317 Y173.185 I-8.592 J-8.093 E.06448
G1 X166.1 Y173.277 E.00725
G1 X165.933 Y173.213 E.0055
G1 X165.823 Y173.06 E.00579
G1 X165.828 Y172.872 E.00578
G2 X166.157 Y169.804 I-12.594 J-2.9 E.09504
G2 X165.754 Y167.498 I-9.362 J.448 E.07212
G2 X164.622 Y165.456 I-6.804 J2.437 E.07203
G2 X163.183 Y164.017 I-7.751 J6.311 E.06268
G2 X160.955 Y162.475 I-15.768 J20.407 E.08327
G3 X157.712 Y160.378 I26.429 J-44.424 E.11871
G3 X155.151 Y157.762 I6.362 J-8.789 E.11303
G3 X153.833 Y154.313 I7.727 J-4.93 E.11421
G1 X153.724 Y153.481 E.02578
G1 X153.67 Y153.377 E.0036
G1 X153.547 Y153.318 E.00421
G1 X153.512 Y153.33 E.00113
G1 X153.413 Y153.364 E.00322
G3 X151.148 Y154.673 I-3.853 J-4.056 E.08115
G1 X151.131 Y154.706 E.00115
G1 X151.08 Y154.811 E.00358
G1 X151.115 Y154.886 E.00255
G1 X151.153 Y154.966 E.0027
G3 X153.784 Y157.693 I-5.615 J8.049 E.11719
G3 X155.02 Y161.091 I-8.319 J4.951 E.11175
G3 X155.282 Y164.159 I-24.825 J3.663 E.09466
G2 X155.417 Y167.354 I55.462 J-.748 E.09828
G2 X155.789 Y169.553 I13.751 J-1.192 E.0686
G2 X157.084 Y172.16 I7.297 J-1.999 E.09003
G1 X157.728 Y172.853 E.02907
G2 X158.731 Y173.672 I5.228 J-5.377 E.03983
G1 X159.819 Y174.304 E.03868
G2 X162.019 Y175.209 I8.538 J-17.616 E.07312
G1 X162.14 Y175.377 E.00637
G1 X162.113 Y175.556 E.00555
G1 X161.965 Y175.709 E.00655
G3 X158.681 Y176.541 I-3.843 J-8.271 E.10468
G3 X154.765 Y175.631 I-.233 J-7.881 E.12493
G3 X151.315 Y172.848 I6.146 J-11.147 E.13691
G3 X150.199 Y171.432 I11.849 J-10.487 E.05542
G1 X150.091 Y171.356 E.00407
G1 X150 Y171.292 E.0034
G1 X149.929 Y171.329 E.00243
G1 X149.847 Y171.371 E.00284
G3 X147.053 Y174.424 I-13.116 J-9.199 E.12753
G3 X144.783 Y175.848 I-7.247 J-9.028 E.08251
G1 X143.929 Y176.174 E.02809
G3 X141.7 Y176.546 I-2.504 J-8.137 E.06966
G1 X140.74 Y176.485 E.02956
G1 X139.932 Y176.349 E.02516
G1 X138.892 Y176.045 E.03329
G1 X138.08 Y175.723 E.02685
G1 X137.897 Y175.589 E.00697
G1 X137.862 Y175.398 E.00597
G1 X137.942 Y175.232 E.00565
G2 X139.84 Y174.478 I-39.364 J-101.729 E.06277
G2 X142.449 Y172.69 I-3.792 J-8.329 E.09766
G2 X144.237 Y169.448 I-5.31 J-5.042 E.115
G2 X144.674 Y165.725 I-16.898 J-3.871 E.11541
G3 X144.869 Y161.867 I51.684 J.676 E.11871
G3 X145.854 Y158.342 I10.792 J1.115 E.11303
G3 X148.181 Y155.476 I8.133 J4.227 E.11421
G1 X148.846 Y154.967 E.02574
M73 P77 R2
G1 X148.909 Y154.868 E.00359
G1 X148.899 Y154.732 E.00421
G1 X148.872 Y154.707 E.00113
G1 X148.796 Y154.64 E.00311
G1 X148.111 Y154.401 E.02231
G1 X147.469 Y154.066 E.02225
G3 X146.508 Y153.323 I5.388 J-7.96 E.03735
G1 X146.484 Y153.326 E.00075
G1 X146.374 Y153.34 E.00341
G1 X146.326 Y153.408 E.00255
G1 X146.276 Y153.48 E.0027
G3 X145.229 Y157.124 I-9.779 J-.838 E.11722
G3 X142.905 Y159.893 I-8.448 J-4.729 E.11175
G3 X140.379 Y161.654 I-15.584 J-19.668 E.09466
G2 X137.68 Y163.368 I28.379 J47.657 E.09828
G2 X135.961 Y164.789 I7.908 J11.313 E.0686
G2 X134.35 Y167.215 I5.38 J5.32 E.09003
G1 X134.073 Y168.119 E.02907
G2 X133.865 Y169.397 I7.272 J1.839 E.03982
G1 X133.862 Y170.656 E.03868
G2 X134.178 Y173.013 I19.526 J-1.414 E.07312
G1 X134.093 Y173.202 E.00636
G1 X133.924 Y173.268 E.00555
G1 X133.717 Y173.216 E.00655
G3 X131.355 Y170.789 I5.241 J-7.464 E.10468
G3 X130.185 Y166.942 I6.708 J-4.142 E.12493
G3 X130.87 Y162.562 I12.727 J-.251 E.13691
G3 X131.538 Y160.888 I15.006 J5.018 E.05542
G1 X131.55 Y160.756 E.00407
G1 X131.56 Y160.646 E.0034
G1 X131.494 Y160.603 E.00243
G1 X131.416 Y160.553 E.00284
G3 X126.533 Y159.302 I1.213 J-14.886 E.15564
G3 X123.848 Y157.401 I3.869 J-8.312 E.10164
G3 X121.89 Y153.403 I5.661 J-5.25 E.13874
G1 X121.763 Y152.539 E.02685
G1 X121.792 Y152.306 E.0072
G1 X121.939 Y152.188 E.0058
G1 X122.118 Y152.173 E.00553
G1 X122.279 Y152.272 E.00578
G2 X124.739 Y154.072 I8.815 J-9.464 E.0939
G2 X126.931 Y154.887 I4.365 J-8.392 E.07204
G1 X127.799 Y154.999 E.02688
G1 X128.39 Y155.019 E.01818
G2 X131.964 Y154.122 I-.496 J-9.543 E.11392
G2 X135.094 Y152.507 I-20.388 J-43.373 E.10825
G3 X138.576 Y150.967 I9.719 J17.264 E.11717
G3 X144.348 Y151.163 I2.605 J8.4 E.18082
G1 X145.121 Y151.484 E.02572
G1 X145.238 Y151.489 E.00359
G1 X145.352 Y151.412 E.00422
G1 X145.359 Y151.377 E.0011
G1 X145.379 Y151.274 E.00322
G3 X145.245 Y149.467 I5.208 J-1.293 E.05594
G1 X145.375 Y148.638 E.0258
G1 X145.36 Y148.618 E.00076
G1 X145.293 Y148.53 E.00339
G1 X145.21 Y148.523 E.00255
G1 X145.123 Y148.515 E.0027
G3 X141.445 Y149.43 I-4.163 J-8.888 E.11718
G3 X137.885 Y148.802 I-.128 J-9.681 E.11175
G3 X135.097 Y147.495 I9.242 J-23.332 E.09467
G2 X132.339 Y146.05 I-27.783 J49.711 E.09569
G2 X130.173 Y145.237 I-5.933 J12.5 E.07118
G2 X127.267 Y145.055 I-1.917 J7.319 E.09003
G1 X126.342 Y145.266 E.02914
G2 X123.494 Y146.73 I2.812 J8.979 E.09888
G2 X122.159 Y147.804 I14.286 J19.115 E.05266
G1 X121.946 Y147.822 E.00657
G1 X121.807 Y147.707 E.00553
G1 X121.753 Y147.507 E.00638
G3 X122.69 Y144.216 I9.071 J.805 E.10577
G3 X125.099 Y141.537 I6.812 J3.702 E.11173
G3 X128.337 Y140.021 I6.275 J9.188 E.11034
G3 X131.346 Y139.454 I4.949 J17.998 E.09418
G1 X131.461 Y139.4 E.00391
G1 X131.56 Y139.354 E.00336
G1 X131.564 Y139.275 E.00243
G1 X131.569 Y139.182 E.00284
G3 X130.211 Y134.328 I13.498 J-6.393 E.15564
G3 X130.515 Y131.052 I9.133 J-.805 E.10164
G3 X132.996 Y127.358 I7.391 J2.286 E.13869
G1 X133.683 Y126.816 E.02687
G1 X133.9 Y126.723 E.00726
G1 X134.067 Y126.787 E.0055
G1 X134.177 Y126.94 E.00579
G1 X134.172 Y127.128 E.00578
G2 X133.843 Y130.159 I12.604 J2.902 E.0939
G2 X134.234 Y132.465 I9.45 J-.416 E.07204
G1 X134.57 Y133.272 E.02688
G1 X134.849 Y133.794 E.01818
G2 X137.412 Y136.441 I8.017 J-5.201 E.11392
G2 X140.376 Y138.345 I27.368 J-39.344 E.10826
G3 X143.451 Y140.59 I-10.092 J17.048 E.11717
G3 X146.167 Y145.687 I-5.973 J6.456 E.18082
G1 X146.276 Y146.519 E.02578
G1 X146.33 Y146.623 E.0036
G1 X146.453 Y146.682 E.00421
G1 X146.488 Y146.67 E.00113
G1 X146.587 Y146.636 E.00322
G3 X148.793 Y145.361 I3.591 J3.668 E.07914
G1 X148.826 Y145.333 E.00133
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X148.899 Y145.268 E-.00694
G1 X148.908 Y145.131 E-.00979
G1 X148.847 Y145.034 E-.00818
G1 X148.181 Y144.524 E-.0598
G1 X147.58 Y143.988 E-.05735
G1 X147.576 Y143.984 E-.00044
; WIPE_END
G1 E-.0075 F3600
G1 X155.054 Y147.029 F30000
G1 E.5 F2400
M204 S5000
G1 F9547.071
G1 X155.135 Y146.11 E.02833
G3 X155.668 Y144.135 I9.376 J1.471 E.06299
G3 X157.491 Y141.57 I7.171 J3.167 E.09733
G3 X159.7 Y139.897 I11.819 J13.306 E.08524
G2 X162.155 Y138.378 I-193.429 J-315.455 E.0887
G2 X164.9 Y136.264 I-9.607 J-15.306 E.10663
G2 X167.473 Y130.829 I-5.946 J-6.142 E.18879
G1 X167.587 Y130.678 E.00583
G1 X167.782 Y130.647 E.00606
G1 X167.941 Y130.761 E.00602
G3 X168.468 Y133.282 I-6.41 J2.656 E.07961
G3 X167.923 Y136.771 I-11.01 J.065 E.10898
G3 X166.825 Y139.424 I-21.018 J-7.144 E.08829
G1 X166.275 Y140.603 E.03997
G1 X168.501 Y140.799 E.06866
G3 X172.721 Y141.844 I-1.174 J13.777 E.13412
G3 X175.605 Y144.049 I-3.001 J6.917 E.11267
G1 X175.669 Y144.212 E.00538
G1 X175.552 Y144.407 E.00701
G3 X175.338 Y144.453 I-.139 J-.127 E.00715
G2 X169.912 Y143.828 I-3.637 J7.705 E.17085
G2 X166.438 Y145.136 I3.566 J14.73 E.11435
G2 X165.392 Y145.683 I28.159 J55.202 E.03627
G3 X162.712 Y147.086 I-21.165 J-37.158 E.09298
G3 X159.874 Y147.999 I-4.839 J-10.176 E.09188
G3 X158.022 Y148.031 I-1.078 J-8.714 E.05701
G3 X155.156 Y147.148 I1.156 J-8.844 E.09259
G1 X155.093 Y147.074 E.00299
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X155.135 Y146.11 E-.06875
G1 X155.228 Y145.58 E-.03838
G1 X155.35 Y145.098 E-.03537
; WIPE_END
G1 E-.0075 F3600
G1 X149.954 Y144.137 F30000
G1 E.5 F2400
M204 S5000
G1 F9547.071
G1 X149.199 Y143.608 E.02833
G3 X147.755 Y142.158 I5.962 J-7.385 E.06299
G3 X146.445 Y139.298 I6.328 J-4.627 E.09733
G3 X146.101 Y136.548 I17.433 J-3.583 E.08524
G2 X146.013 Y133.663 I-369.553 J9.776 E.0887
G2 X145.554 Y130.228 I-18.06 J.667 E.10663
G2 X142.134 Y125.283 I-8.292 J2.079 E.18879
G1 X142.06 Y125.108 E.00583
G1 X142.129 Y124.926 E.00598
G1 X142.32 Y124.844 E.00638
G3 X145.694 Y126.239 I-1.016 J7.238 E.11339
G3 X148.459 Y129.031 I-8.165 J10.85 E.12117
G3 X150 Y131.207 I-47.542 J35.303 E.08192
G1 X151.282 Y129.377 E.06866
G3 X154.763 Y125.93 I11.013 J7.642 E.15137
G3 X157.684 Y124.844 I3.954 J6.164 E.0965
G1 X157.758 Y124.847 E.00227
G1 X157.89 Y124.964 E.00542
G1 X157.933 Y125.188 E.00701
G1 X157.865 Y125.283 E.00359
G2 X154.603 Y129.696 I4.826 J6.98 E.1717
G2 X154.257 Y131.086 I9.959 J3.219 E.04405
G2 X153.957 Y134.508 I24.633 J3.88 E.10564
G3 X153.832 Y137.534 I-42.808 J-.249 E.09308
G3 X153.204 Y140.448 I-11.232 J-.897 E.09188
G3 X152.306 Y142.068 I-8.085 J-3.424 E.05701
G3 X150.108 Y144.109 I-7.081 J-5.423 E.09259
G1 X150.013 Y144.126 E.00299
M204 S10000
G1 X150.88 Y145.121 F30000
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X150.536 Y145.464 E.01494
G1 X150.026 Y145.441
G1 X154.01 Y141.458 E.17312
G1 X154.383 Y140.551
G1 X149.471 Y145.463 E.21344
G1 X149.101 Y145.3
G1 X150.062 Y144.338 E.04178
G1 X149.664 Y144.204
G1 X148.985 Y144.882 E.02947
G1 X148.685 Y144.649
G1 X149.353 Y143.981 E.02902
G1 X149.049 Y143.752
G1 X148.383 Y144.418 E.02892
G1 X148.097 Y144.171
G1 X148.758 Y143.509 E.02875
G1 X148.48 Y143.254
G1 X147.815 Y143.919 E.02892
G1 X147.547 Y143.654
G1 X148.211 Y142.99 E.02883
G1 X147.953 Y142.715
G1 X147.287 Y143.381 E.02895
G1 X147.043 Y143.092
G1 X147.709 Y142.426 E.02895
G1 X147.479 Y142.122
G1 X146.804 Y142.797 E.02934
G1 X146.586 Y142.482
G1 X147.263 Y141.805 E.02941
G1 X147.062 Y141.473
G1 X146.373 Y142.162 E.02994
G1 X146.182 Y141.82
G1 X146.875 Y141.126 E.03014
G1 X146.708 Y140.76
G1 X145.997 Y141.471 E.03093
G1 X145.831 Y141.104
G1 X146.553 Y140.382 E.03139
G1 X146.419 Y139.983
G1 X145.679 Y140.723 E.03215
G1 X145.538 Y140.33
G1 X146.3 Y139.568 E.03311
G1 X146.198 Y139.137
G1 X145.42 Y139.915 E.03377
G1 X145.31 Y139.492
G1 X146.11 Y138.692 E.03475
G1 X146.04 Y138.229
G1 X145.22 Y139.049 E.03562
G1 X145.144 Y138.591
G1 X145.983 Y137.752 E.03647
G1 X145.941 Y137.261
G1 X145.077 Y138.125 E.03756
G1 X145.029 Y137.639
G1 X145.907 Y136.761 E.03815
G1 X145.884 Y136.251
G1 X144.989 Y137.146 E.03888
G1 X144.958 Y136.644
G1 X145.868 Y135.734 E.03955
G1 X145.853 Y135.216
G1 X144.939 Y136.13 E.0397
G1 X144.921 Y135.614
G1 X145.837 Y134.699 E.03979
G1 X145.821 Y134.181
G1 X144.903 Y135.099 E.03989
G1 X144.885 Y134.584
G1 X145.805 Y133.664 E.03998
G1 X145.775 Y133.161
G1 X144.867 Y134.069 E.03943
G1 X144.849 Y133.553
G1 X145.738 Y132.664 E.03863
G1 X145.69 Y132.179
G1 X144.82 Y133.05 E.03782
G1 X144.78 Y132.556
G1 X145.629 Y131.707 E.0369
G1 X145.558 Y131.245
G1 X144.728 Y132.075 E.03607
G1 X144.663 Y131.607
G1 X145.468 Y130.801 E.035
G1 X145.371 Y130.365
G1 X144.587 Y131.149 E.03409
G1 X144.488 Y130.715
G1 X145.255 Y129.948 E.03335
G1 X145.124 Y129.546
G1 X144.379 Y130.291 E.03237
G1 X144.249 Y129.888
G1 X144.979 Y129.157 E.03174
G1 X144.816 Y128.787
G1 X144.105 Y129.498 E.0309
G1 X143.944 Y129.125
G1 X144.64 Y128.43 E.03021
G1 X144.453 Y128.084
G1 X143.765 Y128.771 E.02985
G1 X143.575 Y128.428
G1 X144.25 Y127.753 E.02932
G1 X144.033 Y127.437
G1 X143.362 Y128.108 E.02918
G1 X143.142 Y127.795
G1 X143.807 Y127.13 E.02891
G1 X143.564 Y126.839
G1 X142.897 Y127.507 E.02902
M73 P78 R2
G1 X142.647 Y127.223
G1 X143.309 Y126.561 E.02877
G1 X143.046 Y126.291
G1 X142.375 Y126.962 E.02914
G1 X142.096 Y126.708
G1 X142.761 Y126.043 E.0289
G1 X142.474 Y125.796
G1 X141.802 Y126.469 E.02923
G1 X141.497 Y126.24
G1 X142.171 Y125.566 E.02929
G1 X141.917 Y125.287
G1 X141.177 Y126.027 E.03217
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X141.917 Y125.287 E-.07459
G1 X142.171 Y125.566 E-.0269
G1 X141.764 Y125.973 E-.04101
; WIPE_END
G1 E-.0075 F3600
G1 X149.872 Y130.663 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X150.725 Y129.811 E.03705
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X149.872 Y130.663 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X152.94 Y141.461 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X154.615 Y139.786 E.07279
G1 X154.77 Y139.097
G1 X153.422 Y140.445 E.05858
G1 X153.678 Y139.657
G1 X154.875 Y138.459 E.05204
G1 X154.95 Y137.85
G1 X153.837 Y138.964 E.04838
G1 X153.947 Y138.321
G1 X155.003 Y137.264 E.04593
G1 X155.039 Y136.696
G1 X154.013 Y137.721 E.04458
G1 X154.068 Y137.133
G1 X155.061 Y136.14 E.04313
G1 X155.08 Y135.588
G1 X154.098 Y136.569 E.04265
G1 X154.117 Y136.018
G1 X155.099 Y135.035 E.04269
G1 X155.118 Y134.483
G1 X154.135 Y135.466 E.04273
G1 X154.153 Y134.915
G1 X155.138 Y133.93 E.04278
G1 X155.158 Y133.377
G1 X154.171 Y134.363 E.04287
G1 X154.19 Y133.812
G1 X155.203 Y132.798 E.04405
G1 X155.254 Y132.215
G1 X154.22 Y133.248 E.04491
G1 X154.261 Y132.674
G1 X155.336 Y131.599 E.04671
G1 X155.459 Y130.942
G1 X154.32 Y132.082 E.04951
G1 X154.409 Y131.459
G1 X155.643 Y130.225 E.05361
G1 X155.929 Y129.406
G1 X154.531 Y130.804 E.06074
G1 X154.7 Y130.102
G1 X156.527 Y128.275 E.07941
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X155.113 Y129.689 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X160.865 Y125.004 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X161.531 Y124.338 E.02894
G1 X161.151 Y124.184
G1 X159.925 Y125.41 E.05328
M204 S10000
G1 X158.681 Y126.121 F30000
M204 S2000
G1 F9547.055
G1 X160.749 Y124.053 E.08989
G1 X160.341 Y123.928
G1 X154.965 Y129.304 E.23362
G1 X155.421 Y128.314
G1 X159.902 Y123.833 E.19475
G1 X159.459 Y123.743
G1 X158.131 Y125.071 E.05769
G1 X157.936 Y124.733
G1 X158.974 Y123.695 E.04512
G1 X158.464 Y123.672
G1 X157.466 Y124.67 E.04337
G1 X156.79 Y124.812
G1 X157.927 Y123.675 E.04942
G1 X157.324 Y123.744
G1 X155.991 Y125.078 E.05796
G1 X154.964 Y125.571
G1 X156.657 Y123.879 E.07354
G1 X155.896 Y124.106
G1 X149.653 Y130.35 E.2713
G1 X149.433 Y130.036
G1 X154.959 Y124.51 E.24014
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X153.545 Y125.924 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X150.033 Y128.903 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X149.213 Y129.722 E.03562
G1 X148.994 Y129.409
G1 X149.669 Y128.733 E.02936
G1 X149.438 Y128.431
G1 X148.769 Y129.1 E.02905
G1 X148.541 Y128.795
G1 X149.207 Y128.129 E.02893
G1 X148.975 Y127.828
G1 X148.312 Y128.491 E.02881
G1 X148.068 Y128.202
G1 X148.736 Y127.533 E.02904
G1 X148.486 Y127.25
G1 X147.822 Y127.914 E.02885
G1 X147.569 Y127.634
G1 X148.235 Y126.968 E.02896
G1 X147.969 Y126.7
G1 X147.305 Y127.365 E.02888
G1 X147.04 Y127.096
G1 X147.702 Y126.434 E.02874
G1 X147.426 Y126.177
G1 X146.759 Y126.844 E.029
G1 X146.475 Y126.595
G1 X147.141 Y125.928 E.02896
G1 X146.852 Y125.685
G1 X146.185 Y126.352 E.02899
G1 X145.882 Y126.121
G1 X146.548 Y125.456 E.02892
G1 X146.243 Y125.227
G1 X145.567 Y125.903 E.0294
G1 X145.243 Y125.693
G1 X145.92 Y125.017 E.02939
G1 X145.593 Y124.81
G1 X144.908 Y125.496 E.02979
G1 X144.556 Y125.314
G1 X145.25 Y124.62 E.03015
G1 X144.898 Y124.439
G1 X144.191 Y125.146 E.03074
G1 X143.81 Y124.993
G1 X144.53 Y124.274 E.03126
G1 X144.15 Y124.121
G1 X143.405 Y124.866 E.03238
G1 X142.981 Y124.756
G1 X143.749 Y123.988 E.03334
G1 X143.336 Y123.868
G1 X142.531 Y124.673 E.03496
G1 X142.889 Y123.782
G1 X140.847 Y125.823 E.08873
G1 X140.507 Y125.63
G1 X142.426 Y123.711 E.08339
G1 X141.913 Y123.691
G1 X140.154 Y125.45 E.07647
G1 X139.795 Y125.276
G1 X141.401 Y123.67 E.06978
G1 X140.824 Y123.714
G1 X139.419 Y125.119 E.06106
G1 X139.042 Y124.962
G1 X140.191 Y123.813 E.04995
G1 X139.491 Y123.98
G1 X138.649 Y124.822 E.03658
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X139.491 Y123.98 E-.08483
G1 X140.191 Y123.813 E-.05134
G1 X140.129 Y123.876 E-.00633
; WIPE_END
G1 E-.0075 F3600
G1 X145.368 Y130.338 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.0992662
G1 F15000
G1 X145.284 Y130.185 E.0008
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X145.368 Y130.338 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X146.039 Y138.207 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.120839
G1 F15000
G1 X145.958 Y138.043 E.00116
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X146.039 Y138.207 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X146.102 Y141.633 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.101432
G1 F15000
G3 X146.018 Y141.519 I1.288 J-1.032 E.00068
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X146.102 Y141.633 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X149.952 Y145.367 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.122376
G1 F15000
G1 X149.745 Y145.455 E.00145
G1 X150.665 Y143.973 F30000
; LINE_WIDTH: 0.110262
G1 F15000
G1 X150.46 Y144.145 E.00147
; LINE_WIDTH: 0.155483
G3 X150.246 Y144.325 I-2.088 J-2.275 E.00257
; LINE_WIDTH: 0.190462
G1 X150.13 Y144.406 E.0017
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X150.246 Y144.325 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X153.66 Y142.101 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.100197
G1 F15000
G1 X153.594 Y142.189 E.00051
; LINE_WIDTH: 0.133883
G1 X153.447 Y142.366 E.00171
; LINE_WIDTH: 0.177197
G1 X153.3 Y142.544 E.00252
; LINE_WIDTH: 0.220512
G1 X153.153 Y142.721 E.00333
; LINE_WIDTH: 0.260322
G1 X152.92 Y142.98 E.00618
; LINE_WIDTH: 0.296626
G1 F14189.681
G1 X152.687 Y143.239 E.00721
; LINE_WIDTH: 0.315436
G1 F13210.23
G3 X151.621 Y144.285 I-13.689 J-12.885 E.03316
; LINE_WIDTH: 0.268298
G1 F15000
G1 X151.414 Y144.467 E.00507
; LINE_WIDTH: 0.231868
G1 X151.206 Y144.648 E.00425
; LINE_WIDTH: 0.190924
G2 X150.815 Y145.056 I.913 J1.269 E.00685
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X150.903 Y144.929 E-.03872
G1 X151.206 Y144.648 E-.10378
; WIPE_END
G1 E-.0075 F3600
G1 X153.001 Y141.521 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.203118
G1 F15000
G1 X152.857 Y141.704 E.00304
; LINE_WIDTH: 0.157139
G1 X152.713 Y141.887 E.00217
; LINE_WIDTH: 0.111159
G1 X152.569 Y142.07 E.0013
G1 X153.412 Y140.435 F30000
; LINE_WIDTH: 0.196989
G1 F15000
G1 X153.442 Y140.579 E.00184
; LINE_WIDTH: 0.184562
G1 X153.375 Y140.674 E.00134
; LINE_WIDTH: 0.146005
G1 X153.309 Y140.77 E.00098
; LINE_WIDTH: 0.107448
G1 X153.243 Y140.865 E.00061
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X153.309 Y140.77 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X155.532 Y130.622 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.154685
G1 F15000
G1 X155.392 Y130.875 E.00263
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.532 Y130.622 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X156.142 Y128.953 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.108533
G1 F15000
G1 X156.05 Y129.083 E.00085
; LINE_WIDTH: 0.14926
G1 X155.957 Y129.212 E.00138
; LINE_WIDTH: 0.189988
G1 X155.865 Y129.342 E.00191
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.957 Y129.212 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.903 Y125.51 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.208323
G1 F15000
G1 X154.766 Y125.617 E.00234
; LINE_WIDTH: 0.175743
G1 X154.626 Y125.725 E.00192
; LINE_WIDTH: 0.141407
G1 X154.473 Y125.851 E.00159
; LINE_WIDTH: 0.105915
G1 X154.321 Y125.977 E.00102
G1 X154.294 Y124.881 F30000
; LINE_WIDTH: 0.108906
G1 F15000
G1 X154.149 Y124.992 E.00098
; LINE_WIDTH: 0.154234
G1 X153.939 Y125.167 E.00248
; LINE_WIDTH: 0.203418
G1 X153.729 Y125.342 E.00357
; LINE_WIDTH: 0.252601
G1 X153.52 Y125.517 E.00467
; LINE_WIDTH: 0.300145
G1 F13995.544
G1 X153.199 Y125.806 E.00904
; LINE_WIDTH: 0.346044
G1 F11876.345
G1 X152.878 Y126.094 E.01066
; LINE_WIDTH: 0.388006
G1 F10432.207
G2 X151.626 Y127.339 I18.719 J20.073 E.04967
; LINE_WIDTH: 0.359259
G1 F11380.197
G1 X151.265 Y127.727 E.01366
; LINE_WIDTH: 0.316096
G1 F13178.337
G1 X151.026 Y128 E.00807
; LINE_WIDTH: 0.26851
G1 F15000
G1 X150.787 Y128.273 E.00666
; LINE_WIDTH: 0.220924
G1 X150.548 Y128.545 E.00526
; LINE_WIDTH: 0.171758
G3 X150.288 Y128.836 I-1.226 J-.834 E.00411
; LINE_WIDTH: 0.16754
G1 X150.192 Y128.901 E.00118
; LINE_WIDTH: 0.196069
G1 X150.095 Y128.965 E.00145
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X150.192 Y128.901 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X155.407 Y124.303 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.109212
G1 F15000
G1 X155.278 Y124.392 E.00085
; LINE_WIDTH: 0.151297
G1 X155.15 Y124.482 E.00138
; LINE_WIDTH: 0.193382
G1 X155.021 Y124.572 E.00192
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.15 Y124.482 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X158.202 Y125.141 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.147938
G1 F15000
G3 X158.146 Y125.266 I-.446 J-.124 E.00118
; LINE_WIDTH: 0.105626
G1 X158 Y125.439 E.00116
G1 X157.979 Y125.46 F30000
; LINE_WIDTH: 0.109103
G1 F15000
G1 X157.749 Y125.659 E.00164
; LINE_WIDTH: 0.150967
G1 X157.52 Y125.857 E.00267
; LINE_WIDTH: 0.205089
G2 X156.577 Y126.772 I10.821 J12.1 E.01736
; LINE_WIDTH: 0.198781
G1 X156.38 Y126.988 E.00373
; LINE_WIDTH: 0.172351
G1 X156.182 Y127.205 E.00309
; LINE_WIDTH: 0.141395
G1 X156.034 Y127.379 E.00183
; LINE_WIDTH: 0.105913
G1 X155.887 Y127.553 E.00117
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X156.034 Y127.379 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X158.62 Y126.061 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.215673
G1 F15000
G1 X158.456 Y126.196 E.00299
; LINE_WIDTH: 0.184328
G1 X158.288 Y126.336 E.00252
; LINE_WIDTH: 0.149246
G1 X157.988 Y126.609 E.00352
; LINE_WIDTH: 0.100585
G1 X157.686 Y126.884 E.00192
G1 X157.139 Y127.436 E.00365
; LINE_WIDTH: 0.12298
G1 X156.877 Y127.732 E.00258
; LINE_WIDTH: 0.170915
G1 X156.61 Y128.033 E.0042
; LINE_WIDTH: 0.211282
G1 X156.466 Y128.214 E.00317
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X156.61 Y128.033 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X159.863 Y125.348 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.192848
G1 F15000
G1 X159.688 Y125.47 E.0026
; LINE_WIDTH: 0.150053
G1 X159.558 Y125.569 E.00143
; LINE_WIDTH: 0.108797
G1 X159.428 Y125.668 E.00088
G1 X160.798 Y124.936 F30000
; LINE_WIDTH: 0.0971547
G1 F15000
G2 X160.47 Y125.158 I6.287 J9.65 E.00175
G1 X161.886 Y124.475 F30000
; LINE_WIDTH: 0.11077
G1 F15000
G1 X161.334 Y124.825 E.00361
G1 X162.009 Y124.563 F30000
; LINE_WIDTH: 0.305372
G1 F13716.81
G1 X161.766 Y124.556 E.00519
G1 X161.34 Y124.834 E.01088
G1 E-.35 F3600
; WIPE_START
G1 F13716.81
G1 X161.766 Y124.556 E-.09648
G1 X162.009 Y124.563 E-.04602
; WIPE_END
G1 E-.0075 F3600
G1 X151.314 Y128.985 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.110075
G1 F15000
G1 X151.097 Y129.235 E.00181
; LINE_WIDTH: 0.148754
G1 X150.953 Y129.407 E.00193
; LINE_WIDTH: 0.182233
G1 X150.809 Y129.579 E.00254
; LINE_WIDTH: 0.215711
G1 X150.664 Y129.75 E.00315
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X150.809 Y129.579 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X145.923 Y147.945 F30000
M73 P79 R2
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X145.459 Y148.408 E.02015
G1 X144.986 Y148.348
G1 X146.445 Y146.89 E.06336
G1 X146.117 Y146.683
G1 X144.1 Y148.701 E.08767
M204 S10000
G1 X144.931 Y147.336 F30000
M204 S2000
G1 F9547.055
G1 X143.329 Y148.938 E.06962
G1 X142.644 Y149.09
G1 X143.988 Y147.746 E.05841
G1 X143.202 Y147.998
G1 X142.021 Y149.18 E.05133
G1 X141.446 Y149.222
G1 X142.51 Y148.158 E.04624
G1 X141.889 Y148.246
G1 X140.919 Y149.216 E.04215
G1 X140.418 Y149.183
G1 X141.315 Y148.286 E.039
G1 X140.796 Y148.271
G1 X139.94 Y149.128 E.03722
G1 X139.488 Y149.046
G1 X140.311 Y148.224 E.03573
G1 X139.841 Y148.16
G1 X139.057 Y148.944 E.03409
G1 X138.634 Y148.834
G1 X139.404 Y148.064 E.03344
G1 X138.984 Y147.951
G1 X138.234 Y148.7 E.03256
G1 X137.841 Y148.561
G1 X138.578 Y147.823 E.03205
G1 X138.184 Y147.684
G1 X137.46 Y148.408 E.03146
G1 X137.085 Y148.25
G1 X137.801 Y147.534 E.03109
G1 X137.428 Y147.374
G1 X136.719 Y148.083 E.03081
G1 X136.358 Y147.91
G1 X137.062 Y147.206 E.03059
G1 X136.704 Y147.031
G1 X136.002 Y147.733 E.03051
G1 X135.651 Y147.551
G1 X136.346 Y146.855 E.03021
G1 X135.998 Y146.67
G1 X135.303 Y147.366 E.03021
G1 X134.955 Y147.18
G1 X135.651 Y146.484 E.03027
G1 X135.305 Y146.297
G1 X134.607 Y146.995 E.03033
G1 X134.259 Y146.81
G1 X134.958 Y146.111 E.03038
G1 X134.611 Y145.925
G1 X133.911 Y146.625 E.03044
G1 X133.562 Y146.44
G1 X134.264 Y145.738 E.0305
G1 X133.917 Y145.552
G1 X133.214 Y146.255 E.03056
G1 X132.861 Y146.075
G1 X133.566 Y145.37 E.03063
G1 X133.21 Y145.193
G1 X132.503 Y145.9 E.03074
G1 X132.135 Y145.734
G1 X132.849 Y145.02 E.03102
G1 X132.482 Y144.854
G1 X131.766 Y145.57 E.03113
G1 X131.384 Y145.419
G1 X132.11 Y144.693 E.03154
G1 X131.726 Y144.543
G1 X130.997 Y145.273 E.0317
G1 X130.59 Y145.146
G1 X131.338 Y144.398 E.03249
G1 X130.933 Y144.27
G1 X130.177 Y145.026 E.03283
G1 X129.738 Y144.931
G1 X130.523 Y144.146 E.03411
G1 X130.094 Y144.042
G1 X129.284 Y144.853 E.03521
G1 X128.806 Y144.797
G1 X129.643 Y143.96 E.03636
G1 X129.172 Y143.898
G1 X128.289 Y144.781 E.0384
G1 X127.733 Y144.803
G1 X128.678 Y143.859 E.04104
G1 X128.155 Y143.849
G1 X127.133 Y144.87 E.04439
G1 X126.456 Y145.014
G1 X127.596 Y143.874 E.04953
G1 X126.99 Y143.947
G1 X125.661 Y145.276 E.05775
G1 X124.657 Y145.746
G1 X126.32 Y144.084 E.07224
G1 X125.552 Y144.318
G1 X123.106 Y146.764 E.10632
M204 S10000
G1 X121.984 Y147.353 F30000
M204 S2000
G1 F9547.055
G1 X124.675 Y144.662 E.11695
G1 X124.283 Y144.52
G1 X122.069 Y146.734 E.09621
G1 X122.222 Y146.049
G1 X124.145 Y144.126 E.08357
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X122.73 Y145.54 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X132.568 Y140.502 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X133.169 Y139.901 E.02609
G1 X132.999 Y139.537
G1 X131.98 Y140.557 E.04429
G1 X131.392 Y140.612
G1 X132.829 Y139.174 E.06249
G1 X132.66 Y138.81
G1 X130.796 Y140.674 E.081
G1 X130.164 Y140.773
G1 X131.266 Y139.671 E.04789
G1 X130.659 Y139.744
G1 X129.504 Y140.899 E.05019
G1 X128.784 Y141.086
G1 X130.034 Y139.836 E.05432
G1 X129.364 Y139.973
G1 X127.998 Y141.339 E.05938
G1 X127.105 Y141.698
G1 X128.653 Y140.15 E.06727
G1 X127.886 Y140.384
G1 X125.897 Y142.373 E.08642
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X127.312 Y140.959 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X127.022 Y140.715 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X122.456 Y145.281 E.1984
G1 X122.86 Y144.344
G1 X125.975 Y141.229 E.13535
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X124.561 Y142.643 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X131.78 Y139.157 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X132.496 Y138.44 E.03115
G1 X132.337 Y138.067
G1 X131.623 Y138.78 E.03101
G1 X131.467 Y138.403
G1 X132.181 Y137.69 E.03101
G1 X132.042 Y137.295
G1 X131.311 Y138.026 E.03177
G1 X131.164 Y137.639
G1 X131.903 Y136.901 E.03208
G1 X131.784 Y136.487
G1 X131.031 Y137.24 E.03272
G1 X130.902 Y136.835
G1 X131.668 Y136.069 E.03329
G1 X131.57 Y135.634
G1 X130.79 Y136.414 E.0339
G1 X130.681 Y135.99
G1 X131.482 Y135.189 E.03482
G1 X131.409 Y134.728
G1 X130.593 Y135.544 E.03545
G1 X130.513 Y135.091
G1 X131.358 Y134.246 E.03669
G1 X131.328 Y133.743
G1 X130.455 Y134.616 E.03794
G1 X130.41 Y134.127
G1 X131.328 Y133.209 E.03988
G1 X131.37 Y132.634
G1 X130.389 Y133.615 E.04261
G1 X130.402 Y133.069
G1 X131.462 Y132.009 E.0461
G1 X131.644 Y131.293
G1 X130.442 Y132.496 E.05225
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X131.644 Y131.293 E-.12116
G1 X131.57 Y131.584 E-.02134
; WIPE_END
G1 E-.0075 F3600
G1 X146.03 Y146.238 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X145.095 Y147.172 E.04062
G1 X145.128 Y146.606
G1 X145.968 Y145.766 E.03651
G1 X145.88 Y145.321
G1 X145.073 Y146.128 E.03505
G1 X144.998 Y145.67
G1 X145.783 Y144.884 E.03412
G1 X145.663 Y144.472
G1 X144.904 Y145.23 E.03297
G1 X144.785 Y144.816
G1 X145.529 Y144.072 E.03233
G1 X145.381 Y143.686
G1 X144.655 Y144.413 E.03155
G1 X144.503 Y144.032
G1 X145.214 Y143.321 E.0309
G1 X145.039 Y142.962
G1 X144.337 Y143.665 E.03052
G1 X144.148 Y143.32
G1 X144.84 Y142.628 E.03005
G1 X144.637 Y142.298
G1 X143.96 Y142.975 E.0294
G1 X143.739 Y142.663
G1 X144.414 Y141.988 E.02933
G1 X144.183 Y141.686
G1 X143.517 Y142.352 E.02894
G1 X143.268 Y142.067
G1 X143.938 Y141.397 E.02913
G1 X143.682 Y141.12
G1 X143.018 Y141.784 E.02887
G1 X142.751 Y141.517
G1 X143.417 Y140.851 E.02894
G1 X143.142 Y140.593
G1 X142.476 Y141.26 E.02895
G1 X142.192 Y141.01
G1 X142.859 Y140.343 E.029
G1 X142.565 Y140.104
G1 X141.896 Y140.773 E.02907
G1 X141.594 Y140.542
G1 X142.266 Y139.869 E.02924
G1 X141.96 Y139.643
G1 X141.282 Y140.32 E.02946
G1 X140.97 Y140.099
G1 X141.648 Y139.42 E.02949
G1 X141.331 Y139.205
G1 X140.654 Y139.882 E.02942
M73 P80 R2
G1 X140.325 Y139.677
G1 X141.01 Y138.992 E.02977
G1 X140.684 Y138.785
G1 X139.996 Y139.473 E.02988
G1 X139.667 Y139.268
G1 X140.356 Y138.58 E.0299
G1 X140.027 Y138.375
G1 X139.339 Y139.064 E.02992
G1 X139.01 Y138.859
G1 X139.699 Y138.17 E.02994
G1 X139.371 Y137.965
G1 X138.681 Y138.655 E.02997
G1 X138.353 Y138.45
G1 X139.043 Y137.76 E.02999
G1 X138.715 Y137.555
G1 X138.024 Y138.246 E.03001
G1 X137.701 Y138.035
G1 X138.386 Y137.35 E.02977
G1 X138.063 Y137.139
G1 X137.38 Y137.823 E.02969
G1 X137.066 Y137.604
G1 X137.747 Y136.922 E.02962
G1 X137.431 Y136.705
G1 X136.755 Y137.381 E.02937
G1 X136.45 Y137.153
G1 X137.123 Y136.48 E.02926
G1 X136.822 Y136.248
G1 X136.154 Y136.916 E.02903
G1 X135.859 Y136.677
G1 X136.528 Y136.008 E.02906
G1 X136.243 Y135.76
G1 X135.581 Y136.422 E.02879
G1 X135.302 Y136.167
G1 X135.968 Y135.502 E.02891
G1 X135.703 Y135.234
G1 X135.039 Y135.898 E.02888
G1 X134.783 Y135.62
G1 X135.449 Y134.954 E.02893
G1 X135.208 Y134.662
G1 X134.54 Y135.33 E.02902
G1 X134.311 Y135.026
G1 X134.979 Y134.358 E.02903
G1 X134.765 Y134.039
G1 X134.09 Y134.714 E.02934
G1 X133.883 Y134.388
G1 X134.565 Y133.705 E.02968
G1 X134.381 Y133.356
G1 X133.69 Y134.047 E.03
G1 X133.509 Y133.695
G1 X134.218 Y132.986 E.03083
G1 X134.066 Y132.605
G1 X133.342 Y133.328 E.03145
G1 X133.195 Y132.942
G1 X133.943 Y132.194 E.0325
G1 X133.827 Y131.777
G1 X133.062 Y132.542 E.03325
G1 X132.945 Y132.125
G1 X133.749 Y131.322 E.03493
G1 X133.686 Y130.852
G1 X132.857 Y131.68 E.03598
G1 X132.783 Y131.221
G1 X133.649 Y130.355 E.03765
G1 X133.64 Y129.831
G1 X132.713 Y130.758 E.04027
G1 X132.455 Y130.482
G1 X133.652 Y129.285 E.05201
G1 X133.705 Y128.7
G1 X130.53 Y131.874 E.13796
G1 X130.699 Y131.172
G1 X133.78 Y128.091 E.13391
G1 X133.9 Y127.438
G1 X130.993 Y130.345 E.12633
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X132.407 Y128.931 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X137.256 Y147.279 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.103929
G1 F15000
G1 X137.196 Y147.29 E.00031
G1 X137.115 Y147.232 E.00049
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X137.196 Y147.29 E-.08803
G1 X137.256 Y147.279 E-.05447
; WIPE_END
G1 E-.0075 F3600
G1 X133.045 Y145.089 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.10511
G1 F15000
G1 X132.983 Y145.1 E.00032
G1 X132.897 Y145.041 E.00053
G1 X131.511 Y144.492 F30000
; LINE_WIDTH: 0.0955672
G1 F15000
G1 X131.371 Y144.407 E.0007
G1 X130.701 Y144.235 F30000
; LINE_WIDTH: 0.0959059
G1 F15000
G1 X130.551 Y144.151 E.00074
G1 X128.786 Y144.798 F30000
; LINE_WIDTH: 0.104642
G1 F15000
G2 X128.617 Y144.72 I-1.635 J3.317 E.00094
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X128.786 Y144.798 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X145.713 Y148.464 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.141775
G1 F15000
G1 X145.615 Y148.589 E.00128
; LINE_WIDTH: 0.134023
G1 X145.594 Y148.575 E.00018
; LINE_WIDTH: 0.0979063
G3 X145.549 Y148.525 I.043 J-.085 E.00031
G1 X144.924 Y148.285 F30000
; LINE_WIDTH: 0.190044
G1 F15000
G1 X144.807 Y148.364 E.00169
; LINE_WIDTH: 0.149294
G1 X144.69 Y148.442 E.00122
; LINE_WIDTH: 0.108544
G1 X144.573 Y148.52 E.00075
G1 X144.395 Y147.58 F30000
; LINE_WIDTH: 0.1125
G1 F15000
G1 X144.278 Y147.659 E.0008
; LINE_WIDTH: 0.16116
G1 X144.162 Y147.738 E.00136
; LINE_WIDTH: 0.19626
G1 X144.051 Y147.809 E.00164
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X144.162 Y147.738 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X146.099 Y146.645 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.129015
G1 F15000
G1 X146.046 Y146.55 E.00076
G1 X146.076 Y146.458 E.00068
G1 X146.285 Y147.345 F30000
; LINE_WIDTH: 0.111353
G1 F15000
G1 X146.106 Y147.56 E.00156
; LINE_WIDTH: 0.155558
G1 X146.01 Y147.686 E.00146
; LINE_WIDTH: 0.196671
G1 X145.913 Y147.812 E.00199
G1 X145.918 Y147.85 E.00048
; LINE_WIDTH: 0.167612
G1 X145.934 Y147.957 E.0011
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X145.918 Y147.85 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X133.926 Y127.4 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.291586
G1 F14477.28
G1 X133.869 Y127.276 E.00277
; LINE_WIDTH: 0.327095
G1 F12668.279
G1 X133.813 Y127.152 E.00316
G2 X133.549 Y127.321 I.158 J.536 E.00735
; LINE_WIDTH: 0.343225
G1 F11987.832
G1 X133.245 Y127.603 E.01015
; LINE_WIDTH: 0.383632
G1 F10566.112
G2 X132.36 Y128.472 I8.932 J9.978 E.03444
; LINE_WIDTH: 0.359114
G1 F11385.426
G1 X132.094 Y128.77 E.01029
; LINE_WIDTH: 0.31339
G1 F13310.166
G1 X131.828 Y129.068 E.0088
; LINE_WIDTH: 0.268743
G1 F15000
G1 X131.705 Y129.222 E.00363
; LINE_WIDTH: 0.225174
G1 X131.582 Y129.376 E.00293
; LINE_WIDTH: 0.181604
G1 X131.459 Y129.53 E.00223
; LINE_WIDTH: 0.138034
G1 X131.335 Y129.684 E.00153
; LINE_WIDTH: 0.102209
G1 X131.273 Y129.772 E.00052
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X131.335 Y129.684 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X134.05 Y132.563 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0929397
G1 F15000
G3 X133.969 Y132.435 I2.342 J-1.563 E.00062
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X134.05 Y132.563 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X132.637 Y138.761 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.103877
G1 F15000
G1 X132.578 Y138.677 E.00051
G1 X132.59 Y138.613 E.00032
G1 X131.664 Y139.511 F30000
; LINE_WIDTH: 0.10072
G1 F15000
G1 X131.563 Y139.593 E.00061
; LINE_WIDTH: 0.135096
G3 X131.343 Y139.748 I-.748 J-.822 E.00203
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X131.563 Y139.593 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X128.717 Y141.02 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.160678
G1 F15000
G1 X128.435 Y141.188 E.00315
G1 X127.441 Y140.537 F30000
; LINE_WIDTH: 0.108658
G1 F15000
G1 X127.322 Y140.617 E.00077
; LINE_WIDTH: 0.149637
G1 X127.203 Y140.697 E.00125
; LINE_WIDTH: 0.190615
G1 X127.084 Y140.777 E.00172
G1 X126.492 Y140.951 F30000
; LINE_WIDTH: 0.110473
G1 F15000
G1 X126.371 Y141.039 E.00082
; LINE_WIDTH: 0.155079
G1 X126.249 Y141.126 E.00137
; LINE_WIDTH: 0.200548
G1 X126.036 Y141.29 E.00346
G1 X127.044 Y141.637 F30000
; LINE_WIDTH: 0.195387
G1 F15000
G1 X126.916 Y141.728 E.00195
; LINE_WIDTH: 0.153203
G1 X126.788 Y141.819 E.00141
; LINE_WIDTH: 0.107569
G1 X126.637 Y141.928 E.00098
G1 X125.837 Y142.312 F30000
; LINE_WIDTH: 0.221099
G1 F15000
G1 X125.7 Y142.423 E.00255
; LINE_WIDTH: 0.193713
G1 X125.491 Y142.606 E.00341
; LINE_WIDTH: 0.1558
G1 X125.279 Y142.791 E.00259
; LINE_WIDTH: 0.120886
G2 X124.74 Y143.308 I7.517 J8.383 E.00474
; LINE_WIDTH: 0.125424
G1 X124.434 Y143.642 E.00305
; LINE_WIDTH: 0.17174
G2 X124.116 Y143.992 I2.43 J2.529 E.00497
G1 X124.14 Y144.121 E.00137
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X124.116 Y143.992 E-.03088
G1 X124.434 Y143.642 E-.11162
; WIPE_END
G1 E-.0075 F3600
G1 X125.153 Y141.755 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.102121
G1 F15000
G1 X125.02 Y141.867 E.00084
; LINE_WIDTH: 0.130024
G1 X124.886 Y141.979 E.00124
; LINE_WIDTH: 0.158491
G1 X124.584 Y142.262 E.0039
; LINE_WIDTH: 0.189036
G2 X123.764 Y143.078 I7.516 J8.366 E.01378
; LINE_WIDTH: 0.155338
G1 X123.543 Y143.332 E.00308
; LINE_WIDTH: 0.110559
G1 X123.322 Y143.585 E.00186
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X123.543 Y143.332 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X126.644 Y144.004 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.10149
G1 F15000
G1 X126.378 Y144.142 E.00143
G1 X125.081 Y144.497 F30000
; LINE_WIDTH: 0.107723
G1 F15000
G1 X124.967 Y144.574 E.00072
; LINE_WIDTH: 0.146826
G1 X124.853 Y144.65 E.00116
; LINE_WIDTH: 0.18593
G1 X124.739 Y144.727 E.0016
G1 X124.596 Y145.685 F30000
; LINE_WIDTH: 0.198782
G1 F15000
G1 X124.44 Y145.801 E.00246
; LINE_WIDTH: 0.154926
G1 X124.281 Y145.919 E.00181
; LINE_WIDTH: 0.110429
G1 X124.098 Y146.068 E.0013
G1 X123.045 Y146.704 F30000
; LINE_WIDTH: 0.219573
G1 F15000
G1 X122.782 Y146.934 E.00503
; LINE_WIDTH: 0.187001
G1 X122.467 Y147.228 E.00506
; LINE_WIDTH: 0.157423
G1 X122.151 Y147.521 E.00402
G1 X122.077 Y147.55 E.00075
; LINE_WIDTH: 0.213939
G1 X122.04 Y147.54 E.00053
G1 X121.961 Y147.38 E.00249
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X122.04 Y147.54 E-.11741
G1 X122.077 Y147.55 E-.02509
; WIPE_END
G1 E-.0075 F3600
G1 X133.846 Y172.287 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X133.415 Y172.718 E.01872
G1 X133.117 Y172.482
G1 X133.772 Y171.827 E.02846
G1 X133.711 Y171.355
G1 X132.842 Y172.224 E.03776
G1 X132.566 Y171.966
G1 X133.666 Y170.867 E.04779
G1 X133.639 Y170.36
G1 X132.312 Y171.687 E.05766
G1 X132.063 Y171.403
G1 X133.645 Y169.821 E.06873
G1 X133.672 Y169.26
G1 X131.832 Y171.101 E.07999
G1 X131.61 Y170.79
G1 X133.745 Y168.654 E.09279
G1 X132.738 Y169.129
G1 X133.894 Y167.973 E.05023
G1 X134.139 Y167.194
G1 X132.819 Y168.514 E.05734
G1 X132.952 Y167.848
G1 X134.655 Y166.145 E.07402
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X133.241 Y167.559 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X132.32 Y169.547 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X131.408 Y170.459 E.03963
G1 X131.216 Y170.117
G1 X131.925 Y169.408 E.03082
G1 X131.765 Y169.034
G1 X131.045 Y169.755 E.03131
G1 X130.886 Y169.381
G1 X131.625 Y168.642 E.03211
G1 X131.517 Y168.216
G1 X130.752 Y168.981 E.03325
G1 X130.629 Y168.571
G1 X131.421 Y167.779 E.03444
G1 X131.361 Y167.306
G1 X130.539 Y168.128 E.0357
G1 X130.459 Y167.674
G1 X131.329 Y166.804 E.0378
G1 X131.328 Y166.272
G1 X130.415 Y167.185 E.03968
G1 X130.392 Y166.675
G1 X131.361 Y165.706 E.04207
G1 X131.431 Y165.102
G1 X130.392 Y166.141 E.04514
G1 X130.437 Y165.564
G1 X131.554 Y164.446 E.04855
G1 X131.718 Y163.749
G1 X130.508 Y164.959 E.05256
G1 X130.617 Y164.317
G1 X131.94 Y162.994 E.05748
G1 X132.24 Y162.161
G1 X130.776 Y163.625 E.06362
G1 X130.994 Y162.874
G1 X132.645 Y161.223 E.07175
G1 X133.11 Y160.224
G1 X131.276 Y162.058 E.07973
G1 X131.652 Y161.149
G1 X133.239 Y159.562 E.06896
G1 X132.748 Y159.519
G1 X131.732 Y160.535 E.04415
G1 X131.391 Y160.344
G1 X132.258 Y159.476 E.03769
G1 X131.768 Y159.433
G1 X130.919 Y160.282 E.03687
G1 X130.448 Y160.22
G1 X131.283 Y159.384 E.03631
G1 X130.807 Y159.327
G1 X129.981 Y160.153 E.03588
G1 X129.538 Y160.063
G1 X130.341 Y159.26 E.03489
G1 X129.892 Y159.176
G1 X129.098 Y159.97 E.0345
G1 X128.678 Y159.856
G1 X129.448 Y159.086 E.03347
G1 X129.025 Y158.976
G1 X128.259 Y159.743 E.0333
G1 X127.861 Y159.607
G1 X128.602 Y158.866 E.03219
G1 X128.204 Y158.731
G1 X127.464 Y159.471 E.03215
G1 X127.089 Y159.313
G1 X127.806 Y158.596 E.03116
G1 X127.426 Y158.442
G1 X126.715 Y159.154 E.03093
G1 X126.359 Y158.976
G1 X127.057 Y158.278 E.03033
G1 X126.698 Y158.104
G1 X126.009 Y158.793 E.02994
G1 X125.674 Y158.594
G1 X126.356 Y157.912 E.02964
M73 P81 R2
G1 X126.025 Y157.711
G1 X125.349 Y158.386 E.02936
G1 X125.036 Y158.166
G1 X125.704 Y157.497 E.02904
G1 X125.407 Y157.262
G1 X124.737 Y157.931 E.0291
G1 X124.448 Y157.688
G1 X125.109 Y157.026 E.02876
G1 X124.841 Y156.761
G1 X124.175 Y157.427 E.02893
G1 X123.913 Y157.156
G1 X124.574 Y156.495 E.02873
G1 X124.333 Y156.203
G1 X123.668 Y156.868 E.02889
G1 X123.432 Y156.57
G1 X124.145 Y155.857 E.03099
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X123.432 Y156.57 E-.07186
G1 X123.668 Y156.868 E-.02705
G1 X124.101 Y156.435 E-.0436
; WIPE_END
G1 E-.0075 F3600
G1 X140.598 Y161.268 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X145.238 Y156.628 E.20163
G1 X145.604 Y155.729
G1 X139.177 Y162.156 E.27929
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X140.591 Y160.742 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X140.748 Y160.052 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X137.686 Y163.114 E.13304
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X139.101 Y161.699 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X139.303 Y160.963 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X133.187 Y167.079 E.26577
G1 X133.584 Y166.149
G1 X137.898 Y161.835 E.18748
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X136.484 Y163.249 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.218 Y156.582 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X145.816 Y154.984 E.06943
G1 X145.956 Y154.31
G1 X144.637 Y155.629 E.05732
G1 X144.874 Y154.859
G1 X146.039 Y153.694 E.05061
G1 X146.396 Y152.804
G1 X145.025 Y154.175 E.0596
G1 X145.113 Y153.554
G1 X146.174 Y152.493 E.04613
G1 X145.975 Y152.159
G1 X145.152 Y152.981 E.03574
G1 X144.934 Y152.666
G1 X145.801 Y151.799 E.03767
G1 X145.652 Y151.415
G1 X144.57 Y152.496 E.04701
G1 X144.197 Y152.337
G1 X144.912 Y151.622 E.03108
G1 X144.535 Y151.465
G1 X143.813 Y152.188 E.03142
G1 X143.413 Y152.055
G1 X144.151 Y151.316 E.0321
G1 X143.75 Y151.184
G1 X142.988 Y151.946 E.03313
G1 X142.558 Y151.843
G1 X143.337 Y151.064 E.03387
G1 X142.908 Y150.959
G1 X142.091 Y151.776 E.03551
G1 X141.606 Y151.728
G1 X142.454 Y150.88 E.03686
G1 X141.983 Y150.817
G1 X141.08 Y151.721 E.03927
G1 X140.521 Y151.747
G1 X141.487 Y150.781 E.04198
G1 X140.95 Y150.785
G1 X139.904 Y151.83 E.04543
G1 X139.218 Y151.983
G1 X140.381 Y150.82 E.05051
G1 X139.764 Y150.904
G1 X138.446 Y152.221 E.05725
G1 X137.565 Y152.57
G1 X139.087 Y151.048 E.06614
G1 X138.335 Y151.266
G1 X136.567 Y153.034 E.07682
M204 S10000
G1 X135.423 Y153.645 F30000
M204 S2000
G1 F9547.055
G1 X137.487 Y151.581 E.08969
G1 X136.531 Y152.004
G1 X134.279 Y154.256 E.09786
G1 X133.178 Y154.823
G1 X135.439 Y152.562 E.09827
M204 S10000
G1 X134.3 Y153.168 F30000
M204 S2000
G1 F9547.055
G1 X132.194 Y155.274 E.09155
G1 X131.331 Y155.604
G1 X133.161 Y153.773 E.07955
G1 X132.13 Y154.271
G1 X130.556 Y155.846 E.06843
G1 X129.868 Y156
G1 X131.223 Y154.645 E.05889
G1 X130.433 Y154.902
G1 X129.24 Y156.095 E.05184
G1 X128.66 Y156.142
G1 X129.729 Y155.073 E.04646
G1 X129.09 Y155.179
G1 X128.118 Y156.15 E.04222
G1 X127.608 Y156.127
G1 X128.518 Y155.218 E.03951
G1 X127.989 Y155.212
G1 X127.125 Y156.077 E.03755
G1 X126.671 Y155.998
G1 X127.493 Y155.176 E.03571
G1 X127.026 Y155.11
G1 X126.24 Y155.896 E.03416
G1 X125.826 Y155.776
G1 X126.59 Y155.012 E.03317
G1 X126.165 Y154.904
G1 X125.429 Y155.64 E.03201
G1 X125.049 Y155.487
G1 X125.773 Y154.762 E.03149
G1 X125.387 Y154.615
G1 X124.653 Y155.349 E.03192
G1 X125.028 Y154.442
G1 X123.217 Y156.252 E.07865
G1 X123.011 Y155.925
G1 X124.668 Y154.268 E.07199
G1 X124.331 Y154.071
G1 X122.827 Y155.575 E.06536
G1 X122.652 Y155.217
G1 X123.997 Y153.873 E.05842
G1 X123.681 Y153.655
G1 X122.501 Y154.835 E.05126
G1 X122.36 Y154.443
G1 X123.368 Y153.435 E.0438
G1 X123.062 Y153.208
G1 X122.242 Y154.027 E.0356
G1 X122.137 Y153.599
G1 X122.765 Y152.971 E.02729
G1 X122.48 Y152.723
G1 X122.055 Y153.148 E.01849
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X122.48 Y152.723 E-.04286
G1 X122.765 Y152.971 E-.02693
G1 X122.137 Y153.599 E-.06328
G1 X122.169 Y153.728 E-.00943
; WIPE_END
G1 E-.0075 F3600
G1 X133.32 Y159.774 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.109261
G1 F15000
G1 X133.23 Y159.903 E.00085
; LINE_WIDTH: 0.151443
G1 X133.139 Y160.032 E.0014
; LINE_WIDTH: 0.193625
G1 X133.048 Y160.162 E.00194
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X133.139 Y160.032 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X127.252 Y158.35 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.105622
G1 F15000
G1 X127.19 Y158.361 E.00032
G1 X127.109 Y158.304 E.00051
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X127.19 Y158.361 E-.08733
G1 X127.252 Y158.35 E-.05517
; WIPE_END
G1 E-.0075 F3600
G1 X131.539 Y159.395 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0999985
G1 F15000
G1 X131.358 Y159.459 E.00089
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X131.539 Y159.395 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X132.42 Y161.74 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.108711
G1 F15000
G1 X132.339 Y161.859 E.00077
; LINE_WIDTH: 0.149794
G1 X132.258 Y161.979 E.00126
; LINE_WIDTH: 0.190877
G1 X132.177 Y162.099 E.00174
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X132.258 Y161.979 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X132.746 Y169.152 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.148993
G1 F15000
G3 X132.746 Y169.296 I-.552 J.07 E.00125
G3 X132.407 Y169.635 I-1.391 J-1.054 E.00415
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X132.551 Y169.513 E-.04308
G1 X132.746 Y169.296 E-.0665
G1 X132.746 Y169.152 E-.03292
; WIPE_END
G1 E-.0075 F3600
G1 X134.331 Y166.762 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.108248
G1 F15000
G1 X134.246 Y166.884 E.0008
; LINE_WIDTH: 0.148404
G1 X134.16 Y167.007 E.00129
; LINE_WIDTH: 0.18856
G1 X134.074 Y167.13 E.00178
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X134.16 Y167.007 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X135.138 Y165.425 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.102999
G1 F15000
G1 X134.995 Y165.59 E.00107
; LINE_WIDTH: 0.133013
G1 X134.849 Y165.759 E.00164
; LINE_WIDTH: 0.167771
G1 X134.722 Y165.921 E.0021
; LINE_WIDTH: 0.206341
G1 X134.594 Y166.084 E.00274
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X134.722 Y165.921 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X136.971 Y162.467 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.108049
G1 F15000
G1 X136.775 Y162.633 E.00136
; LINE_WIDTH: 0.147807
G1 X136.58 Y162.799 E.00219
; LINE_WIDTH: 0.191195
G1 X136.261 Y163.084 E.00517
; LINE_WIDTH: 0.238212
G1 X135.942 Y163.37 E.00681
; LINE_WIDTH: 0.285462
G1 F14842.786
G2 X134.93 Y164.365 I14.012 J15.265 E.02805
; LINE_WIDTH: 0.261028
G1 F15000
G1 X134.546 Y164.784 E.0101
; LINE_WIDTH: 0.214187
G1 X134.359 Y165.002 E.00401
; LINE_WIDTH: 0.170352
G1 X134.172 Y165.22 E.00298
; LINE_WIDTH: 0.133368
G1 X134.079 Y165.337 E.0011
; LINE_WIDTH: 0.103236
G1 X133.985 Y165.453 E.00073
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X134.079 Y165.337 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X137.626 Y163.053 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.226593
G1 F15000
G1 X137.518 Y163.142 E.00209
; LINE_WIDTH: 0.202663
G1 X137.324 Y163.309 E.00334
; LINE_WIDTH: 0.163793
G1 X137.129 Y163.476 E.00253
; LINE_WIDTH: 0.124799
G1 X136.933 Y163.644 E.00172
; LINE_WIDTH: 0.0967264
G1 X136.788 Y163.775 E.00086
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X136.933 Y163.644 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X139.116 Y162.095 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.203952
G1 F15000
G1 X138.926 Y162.247 E.00319
; LINE_WIDTH: 0.15764
G1 X138.736 Y162.398 E.00227
; LINE_WIDTH: 0.111327
G1 X138.546 Y162.549 E.00135
G1 X138.526 Y161.445 F30000
; LINE_WIDTH: 0.111573
G1 F15000
G1 X138.337 Y161.595 E.00135
; LINE_WIDTH: 0.158379
G1 X138.148 Y161.745 E.00227
; LINE_WIDTH: 0.205185
G1 X137.958 Y161.895 E.00319
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X138.148 Y161.745 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X139.924 Y160.581 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.11125
G1 F15000
G1 X139.738 Y160.728 E.00133
; LINE_WIDTH: 0.157412
G1 X139.551 Y160.876 E.00222
; LINE_WIDTH: 0.203573
G1 X139.364 Y161.024 E.00312
G1 X140.537 Y161.207 F30000
; LINE_WIDTH: 0.203953
G1 F15000
G1 X140.347 Y161.359 E.00319
; LINE_WIDTH: 0.15764
G1 X140.157 Y161.51 E.00227
; LINE_WIDTH: 0.111327
G1 X139.967 Y161.661 E.00135
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X140.157 Y161.51 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X141.548 Y159.489 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.111931
G1 F15000
G1 X141.259 Y159.742 E.00216
; LINE_WIDTH: 0.159469
G1 X141.034 Y159.927 E.00277
; LINE_WIDTH: 0.206799
G1 X140.808 Y160.113 E.00389
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X141.034 Y159.927 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.912 Y157.249 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.106409
G1 F15000
G1 X144.817 Y157.371 E.0008
; LINE_WIDTH: 0.142891
G1 X144.722 Y157.494 E.00126
; LINE_WIDTH: 0.179372
G1 X144.627 Y157.616 E.00172
; LINE_WIDTH: 0.216008
G1 X144.48 Y157.789 E.0032
; LINE_WIDTH: 0.2528
G1 X144.333 Y157.962 E.00388
; LINE_WIDTH: 0.289592
G1 F14594.275
G1 X144.186 Y158.134 E.00456
; LINE_WIDTH: 0.322031
G1 F12898.097
G1 X143.955 Y158.385 E.00775
; LINE_WIDTH: 0.355809
G1 F11505.675
G3 X142.693 Y159.64 I-16.062 J-14.893 E.04537
; LINE_WIDTH: 0.302843
G1 F13850.26
G1 X142.406 Y159.895 E.00815
; LINE_WIDTH: 0.256984
G1 F15000
G1 X142.118 Y160.15 E.00671
; LINE_WIDTH: 0.213412
G1 X141.928 Y160.311 E.00347
; LINE_WIDTH: 0.172132
G1 X141.737 Y160.473 E.00263
; LINE_WIDTH: 0.130851
G1 X141.547 Y160.634 E.00179
; LINE_WIDTH: 0.0991912
G1 X141.444 Y160.718 E.00061
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X141.547 Y160.634 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.28 Y156.643 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.201129
G1 F15000
G1 X144.138 Y156.824 E.00297
; LINE_WIDTH: 0.155945
G1 X143.995 Y157.005 E.00212
; LINE_WIDTH: 0.110762
G1 X143.852 Y157.186 E.00127
G1 X144.705 Y155.698 F30000
; LINE_WIDTH: 0.107281
G1 F15000
G3 X144.487 Y156.019 I-6.518 J-4.189 E.00204
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X144.705 Y155.698 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X145.226 Y153.174 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.110939
G1 F15000
G1 X145.139 Y152.968 E.00124
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X145.226 Y153.174 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X143.515 Y151.152 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0958838
G1 F15000
G1 X143.365 Y151.068 E.00074
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X143.515 Y151.152 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X139.414 Y150.964 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.101004
G1 F15000
G1 X139.144 Y151.106 E.00144
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X139.414 Y150.964 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X137.503 Y152.508 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.193112
G1 F15000
G1 X137.375 Y152.597 E.0019
; LINE_WIDTH: 0.151135
G1 X137.248 Y152.685 E.00137
; LINE_WIDTH: 0.109158
G1 X137.12 Y152.774 E.00084
G1 X136.506 Y152.972 F30000
; LINE_WIDTH: 0.198217
G1 F15000
G1 X136.356 Y153.084 E.00237
; LINE_WIDTH: 0.154199
G1 X136.205 Y153.195 E.0017
; LINE_WIDTH: 0.11018
G1 X136.055 Y153.307 E.00103
G1 X135.946 Y152.295 F30000
; LINE_WIDTH: 0.0973366
G1 F15000
G1 X135.882 Y152.341 E.00035
; LINE_WIDTH: 0.125428
G1 X135.755 Y152.435 E.00106
; LINE_WIDTH: 0.163277
G1 X135.628 Y152.529 E.00155
; LINE_WIDTH: 0.201127
G1 X135.501 Y152.623 E.00204
G1 X134.811 Y152.897 F30000
; LINE_WIDTH: 0.110151
G1 F15000
G1 X134.661 Y153.008 E.00102
; LINE_WIDTH: 0.154111
G1 X134.511 Y153.118 E.00169
; LINE_WIDTH: 0.198071
G1 X134.362 Y153.229 E.00235
G1 X135.362 Y153.584 F30000
; LINE_WIDTH: 0.198217
G1 F15000
G1 X135.211 Y153.695 E.00237
; LINE_WIDTH: 0.154199
G1 X135.061 Y153.807 E.0017
; LINE_WIDTH: 0.11018
G1 X134.911 Y153.918 E.00103
G1 X133.672 Y153.503 F30000
; LINE_WIDTH: 0.110151
G1 F15000
G1 X133.522 Y153.613 E.00102
; LINE_WIDTH: 0.154111
G1 X133.372 Y153.724 E.00169
; LINE_WIDTH: 0.198072
G1 X133.223 Y153.835 E.00235
G1 X133.116 Y154.762 F30000
; LINE_WIDTH: 0.204322
G1 F15000
G1 X132.978 Y154.861 E.00224
; LINE_WIDTH: 0.174035
G1 X132.894 Y154.92 E.0011
; LINE_WIDTH: 0.139689
G1 X132.809 Y154.978 E.00081
; LINE_WIDTH: 0.105343
G1 X132.724 Y155.037 E.00052
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X132.809 Y154.978 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X124.594 Y155.346 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.104486
G1 F15000
G1 X124.485 Y155.321 E.00056
M73 P82 R2
G2 X124.463 Y155.326 I-.008 J.015 E.00013
G1 X124.343 Y155.421 E.00077
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X124.463 Y155.326 E-.07587
G1 X124.485 Y155.321 E-.01126
G1 X124.594 Y155.346 E-.05538
; WIPE_END
G1 E-.0075 F3600
G1 X161.351 Y175.178 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X160.509 Y176.02 E.03659
G1 X159.808 Y176.187
G1 X160.958 Y175.038 E.04995
G1 X160.581 Y174.881
G1 X159.176 Y176.286 E.06107
G1 X158.596 Y176.333
G1 X160.205 Y174.724 E.0699
G1 X159.846 Y174.55
G1 X158.069 Y176.327 E.07723
G1 X157.576 Y176.286
G1 X159.493 Y174.37 E.08329
G1 X159.153 Y174.177
G1 X157.102 Y176.227 E.0891
G1 X156.67 Y176.126
G1 X157.469 Y175.327 E.03469
G1 X157.018 Y175.245
G1 X156.248 Y176.015 E.03344
G1 X155.852 Y175.877
G1 X156.596 Y175.134 E.03231
G1 X156.19 Y175.007
G1 X155.468 Y175.728 E.03136
G1 X155.103 Y175.56
G1 X155.809 Y174.854 E.03065
G1 X155.444 Y174.685
G1 X154.748 Y175.382 E.03027
G1 X154.41 Y175.187
G1 X155.092 Y174.505 E.02965
G1 X154.757 Y174.307
G1 X154.076 Y174.987 E.02957
G1 X153.761 Y174.769
G1 X154.433 Y174.097 E.02918
G1 X154.118 Y173.879
G1 X153.446 Y174.55 E.02918
G1 X153.151 Y174.313
G1 X153.815 Y173.648 E.02888
G1 X153.525 Y173.405
G1 X152.856 Y174.074 E.02905
G1 X152.575 Y173.822
G1 X153.241 Y173.156 E.02892
G1 X152.96 Y172.904
G1 X152.299 Y173.565 E.02871
G1 X152.028 Y173.302
G1 X152.695 Y172.635 E.02899
G1 X152.431 Y172.366
G1 X151.769 Y173.028 E.02875
G1 X151.51 Y172.753
G1 X152.178 Y172.085 E.02903
G1 X151.932 Y171.798
G1 X151.265 Y172.465 E.02899
G1 X151.022 Y172.175
G1 X151.688 Y171.51 E.02892
G1 X151.459 Y171.205
G1 X150.788 Y171.876 E.02918
G1 X150.56 Y171.571
G1 X151.231 Y170.9 E.02914
G1 X151.006 Y170.591
G1 X150.333 Y171.265 E.02927
G1 X149.962 Y171.102
G1 X150.787 Y170.278 E.03584
G1 X150.567 Y169.964
G1 X145.045 Y175.485 E.23993
G1 X144.094 Y175.903
G1 X150.347 Y169.65 E.27172
G1 X149.244 Y170.22
G1 X150.128 Y169.337 E.03838
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X149.244 Y170.22 E-.08899
G1 X149.912 Y169.875 E-.05351
; WIPE_END
G1 E-.0075 F3600
G1 X145.035 Y174.43 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X143.331 Y176.133 E.07403
G1 X142.676 Y176.255
G1 X144.008 Y174.923 E.0579
G1 X143.211 Y175.187
G1 X142.081 Y176.317 E.04911
G1 X141.533 Y176.332
G1 X142.534 Y175.33 E.04353
G1 X142.049 Y175.282
G1 X141.019 Y176.312 E.04474
G1 X140.55 Y176.248
G1 X141.865 Y174.933 E.05713
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X140.55 Y176.248 E-.13247
G1 X140.69 Y176.267 E-.01003
; WIPE_END
G1 E-.0075 F3600
G1 X144.579 Y171.685 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X140.09 Y176.175 E.19508
G1 X139.665 Y176.067
G1 X145.035 Y170.696 E.23338
G1 X145.301 Y169.898
G1 X143.49 Y171.709 E.0787
G1 X144.062 Y170.603
G1 X145.469 Y169.196 E.06113
G1 X145.591 Y168.541
G1 X144.358 Y169.774 E.05357
G1 X144.54 Y169.058
G1 X145.68 Y167.918 E.04954
G1 X145.739 Y167.326
G1 X144.661 Y168.404 E.04687
G1 X144.744 Y167.788
G1 X145.78 Y166.752 E.04503
G1 X145.81 Y166.188
G1 X144.802 Y167.197 E.04382
G1 X144.842 Y166.623
G1 X145.829 Y165.637 E.04286
G1 X145.847 Y165.085
G1 X144.862 Y166.07 E.04278
G1 X144.882 Y165.517
G1 X145.865 Y164.534 E.04274
G1 X145.883 Y163.982
G1 X144.901 Y164.965 E.04269
G1 X144.92 Y164.412
G1 X145.902 Y163.431 E.04265
G1 X145.932 Y162.867
G1 X144.939 Y163.859 E.04313
G1 X144.961 Y163.304
G1 X145.987 Y162.278 E.04458
G1 X146.053 Y161.679
G1 X144.997 Y162.736 E.04593
G1 X145.05 Y162.149
G1 X146.163 Y161.036 E.04838
G1 X146.323 Y160.343
G1 X145.125 Y161.541 E.05204
G1 X145.23 Y160.903
G1 X146.578 Y159.554 E.05859
G1 X147.06 Y158.539
G1 X145.385 Y160.214 E.0728
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X146.799 Y158.8 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X141.308 Y173.89 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X139.247 Y175.952 E.08956
G1 X138.854 Y175.811
G1 X140.074 Y174.591 E.05303
G1 X139.131 Y175
G1 X138.464 Y175.668 E.02901
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X139.131 Y175 E-.06727
G1 X140.074 Y174.591 E-.07326
G1 X140.055 Y174.61 E-.00197
; WIPE_END
G1 E-.0075 F3600
G1 X158.083 Y174.713 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X158.823 Y173.973 E.03217
G1 X158.503 Y173.76
G1 X157.829 Y174.434 E.02927
G1 X157.525 Y174.204
G1 X158.198 Y173.532 E.02922
G1 X157.904 Y173.292
G1 X157.239 Y173.957 E.0289
G1 X156.954 Y173.709
G1 X157.625 Y173.038 E.02914
G1 X157.352 Y172.777
G1 X156.691 Y173.439 E.02876
G1 X156.436 Y173.161
G1 X157.102 Y172.494 E.02897
G1 X156.86 Y172.203
G1 X156.193 Y172.87 E.02899
G1 X155.967 Y172.563
G1 X156.639 Y171.891 E.02921
G1 X156.425 Y171.572
G1 X155.75 Y172.246 E.02933
G1 X155.547 Y171.916
G1 X156.236 Y171.228 E.02991
G1 X156.055 Y170.875
G1 X155.36 Y171.57 E.03018
G1 X155.184 Y171.213
G1 X155.895 Y170.502 E.0309
G1 X155.751 Y170.112
G1 X155.021 Y170.843 E.03174
G1 X154.876 Y170.454
G1 X155.621 Y169.709 E.03237
G1 X155.513 Y169.284
G1 X154.745 Y170.052 E.03338
G1 X154.628 Y169.635
G1 X155.413 Y168.851 E.03408
G1 X155.337 Y168.393
G1 X154.532 Y169.199 E.03499
G1 X154.442 Y168.755
G1 X155.272 Y167.926 E.03605
G1 X155.219 Y167.445
G1 X154.371 Y168.293 E.03682
G1 X154.31 Y167.821
G1 X155.181 Y166.95 E.03784
G1 X155.151 Y166.447
G1 X154.262 Y167.336 E.03863
G1 X154.225 Y166.839
G1 X155.133 Y165.931 E.03943
G1 X155.115 Y165.416
G1 X154.195 Y166.336 E.03998
G1 X154.179 Y165.819
G1 X155.097 Y164.901 E.03989
G1 X155.079 Y164.385
G1 X154.163 Y165.301 E.03979
G1 X154.147 Y164.784
G1 X155.061 Y163.87 E.0397
G1 X155.042 Y163.356
G1 X154.132 Y164.266 E.03955
G1 X154.116 Y163.748
G1 X155.011 Y162.854 E.03888
G1 X154.971 Y162.361
G1 X154.093 Y163.238 E.03815
G1 X154.059 Y162.739
G1 X154.923 Y161.875 E.03756
M73 P83 R2
G1 X154.856 Y161.409
G1 X154.017 Y162.248 E.03647
G1 X153.96 Y161.771
G1 X154.78 Y160.951 E.03562
G1 X154.69 Y160.508
G1 X153.89 Y161.308 E.03475
G1 X153.802 Y160.863
G1 X154.58 Y160.085 E.03377
G1 X154.462 Y159.67
G1 X153.7 Y160.432 E.03311
G1 X153.581 Y160.017
G1 X154.321 Y159.277 E.03215
G1 X154.169 Y158.896
G1 X153.447 Y159.618 E.03139
G1 X153.292 Y159.24
G1 X154.003 Y158.529 E.03093
G1 X153.818 Y158.18
G1 X153.125 Y158.874 E.03014
G1 X152.938 Y158.527
G1 X153.627 Y157.838 E.02994
G1 X153.414 Y157.518
G1 X152.737 Y158.195 E.02941
G1 X152.521 Y157.878
G1 X153.196 Y157.203 E.02934
G1 X152.957 Y156.908
G1 X152.291 Y157.574 E.02895
G1 X152.047 Y157.285
G1 X152.713 Y156.619 E.02895
G1 X152.453 Y156.346
G1 X151.789 Y157.01 E.02883
G1 X151.52 Y156.746
G1 X152.185 Y156.08 E.02892
G1 X151.903 Y155.829
G1 X151.242 Y156.491 E.02875
G1 X150.951 Y156.248
G1 X151.617 Y155.582 E.02892
G1 X151.315 Y155.351
G1 X150.647 Y156.019 E.02902
G1 X150.336 Y155.796
G1 X151.014 Y155.118 E.02947
G1 X150.899 Y154.7
G1 X149.938 Y155.662 E.04179
M204 S10000
G1 X150.529 Y154.537 F30000
M204 S2000
G1 F9547.055
G1 X145.617 Y159.449 E.21343
G1 X145.991 Y158.542
G1 X149.968 Y154.565 E.17284
G1 X149.464 Y154.536
G1 X149.12 Y154.879 E.01493
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X149.464 Y154.536 E-.03463
G1 X149.968 Y154.565 E-.03597
G1 X149.254 Y155.278 E-.0719
; WIPE_END
G1 E-.0075 F3600
G1 X155.22 Y167.426 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.107623
G1 F15000
G1 X155.14 Y167.257 E.00098
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.22 Y167.426 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.166 Y163.312 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0973079
G1 F15000
G1 X154.091 Y163.507 E.00093
G1 X154.092 Y162.323 F30000
; LINE_WIDTH: 0.100904
G1 F15000
G1 X154.025 Y162.506 E.00092
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X154.092 Y162.323 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X153.545 Y159.787 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0934975
G1 F15000
G1 X153.464 Y159.661 E.00062
G1 X154.688 Y160.483 F30000
; LINE_WIDTH: 0.0994527
G1 F15000
G1 X154.604 Y160.328 E.00081
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X154.688 Y160.483 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X149.87 Y155.594 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.189555
G1 F15000
G1 X149.745 Y155.683 E.00183
; LINE_WIDTH: 0.15452
G1 X149.539 Y155.855 E.00244
; LINE_WIDTH: 0.110287
G1 X149.334 Y156.028 E.00147
G1 X149.185 Y154.944 F30000
; LINE_WIDTH: 0.186575
G1 F15000
G3 X149.001 Y155.17 I-1.127 J-.731 E.00341
; LINE_WIDTH: 0.195339
G1 X148.794 Y155.352 E.00343
; LINE_WIDTH: 0.231769
G1 X148.586 Y155.533 E.00425
; LINE_WIDTH: 0.2682
G1 X148.379 Y155.715 E.00507
; LINE_WIDTH: 0.315338
G1 F13215.014
G2 X147.313 Y156.761 I12.623 J13.93 E.03315
; LINE_WIDTH: 0.296527
G1 F14195.234
G1 X147.08 Y157.02 E.0072
; LINE_WIDTH: 0.260222
G1 F15000
G1 X146.847 Y157.279 E.00617
; LINE_WIDTH: 0.220413
G1 X146.7 Y157.456 E.00333
; LINE_WIDTH: 0.177098
G1 X146.553 Y157.634 E.00252
; LINE_WIDTH: 0.133783
G1 X146.406 Y157.811 E.0017
; LINE_WIDTH: 0.100146
G1 X146.34 Y157.899 E.00051
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X146.406 Y157.811 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X150.256 Y154.543 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.121664
G1 F15000
G1 X150.04 Y154.637 E.00151
G1 X151.038 Y154.514 F30000
; LINE_WIDTH: 0.142519
G1 F15000
G1 X150.538 Y154.546 E.00406
G1 X150.867 Y154.466 F30000
; LINE_WIDTH: 0.139482
G1 F15000
G1 X150.904 Y154.704 E.0019
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X150.867 Y154.466 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X147.432 Y157.929 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.11116
G1 F15000
G1 X147.288 Y158.112 E.0013
; LINE_WIDTH: 0.157139
G1 X147.143 Y158.295 E.00217
; LINE_WIDTH: 0.203119
G1 X146.999 Y158.478 E.00304
G1 X146.428 Y159.989 F30000
; LINE_WIDTH: 0.19322
G1 F15000
G2 X146.258 Y160.279 I7.564 J4.64 E.00412
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X146.428 Y159.989 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.871 Y167.266 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.141813
G1 F15000
G1 X144.776 Y167.469 E.00181
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X144.871 Y167.266 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.821 Y171.203 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.110378
G1 F15000
G1 X144.74 Y171.321 E.00079
; LINE_WIDTH: 0.154261
G1 X144.629 Y171.473 E.0017
; LINE_WIDTH: 0.197615
G1 X144.518 Y171.624 E.00237
G1 X143.55 Y171.769 F30000
; LINE_WIDTH: 0.21584
G1 F15000
G1 X143.4 Y171.947 E.00328
; LINE_WIDTH: 0.181746
G1 X143.25 Y172.125 E.00263
; LINE_WIDTH: 0.147305
G1 X143.097 Y172.306 E.00202
; LINE_WIDTH: 0.109112
G1 X142.615 Y172.818 E.00379
G1 X144.114 Y172.447 F30000
; LINE_WIDTH: 0.105935
G1 F15000
G1 X143.966 Y172.621 E.00117
; LINE_WIDTH: 0.141467
G1 X143.818 Y172.795 E.00183
; LINE_WIDTH: 0.172449
G1 X143.62 Y173.012 E.0031
; LINE_WIDTH: 0.204033
G3 X142.48 Y174.143 I-12.41 J-11.375 E.02109
; LINE_WIDTH: 0.151031
G1 X142.241 Y174.351 E.00279
; LINE_WIDTH: 0.109123
G1 X142.003 Y174.558 E.00171
G1 X142.549 Y172.885 F30000
; LINE_WIDTH: 0.102046
G1 F15000
G1 X142.043 Y173.37 E.00338
; LINE_WIDTH: 0.13412
G1 X141.846 Y173.542 E.00194
; LINE_WIDTH: 0.170165
G1 X141.649 Y173.713 E.00271
; LINE_WIDTH: 0.212006
G1 X141.368 Y173.951 E.00507
G1 X140.565 Y174.34 F30000
; LINE_WIDTH: 0.109891
G1 F15000
G1 X140.422 Y174.444 E.00097
; LINE_WIDTH: 0.153335
G1 X140.279 Y174.548 E.00159
; LINE_WIDTH: 0.196778
G1 X140.136 Y174.652 E.00222
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X140.279 Y174.548 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X137.981 Y175.428 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.300439
G1 F13979.567
G1 X138.236 Y175.44 E.00535
; LINE_WIDTH: 0.287569
G1 F14714.987
G1 X138.252 Y175.472 E.0007
; LINE_WIDTH: 0.24306
G1 F15000
G1 X138.267 Y175.503 E.00057
; LINE_WIDTH: 0.198551
G1 X138.283 Y175.535 E.00045
; LINE_WIDTH: 0.154041
G1 X138.299 Y175.566 E.00032
; LINE_WIDTH: 0.109978
G1 X138.417 Y175.647 E.00078
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X138.299 Y175.566 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X144.413 Y174.758 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.096142
G1 F15000
G3 X144.076 Y174.991 I-5.433 J-7.478 E.00177
G1 X145.679 Y174.023 F30000
; LINE_WIDTH: 0.106392
G1 F15000
G1 X145.523 Y174.152 E.00105
; LINE_WIDTH: 0.143175
G1 X145.363 Y174.283 E.00169
; LINE_WIDTH: 0.177519
G1 X145.23 Y174.387 E.00186
; LINE_WIDTH: 0.208777
G1 X145.096 Y174.491 E.00229
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X145.23 Y174.387 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X149.287 Y170.302 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.204308
G1 F15000
G1 X149.082 Y170.544 E.00417
; LINE_WIDTH: 0.157853
G1 X148.878 Y170.786 E.00297
; LINE_WIDTH: 0.111398
G1 X148.674 Y171.028 E.00177
G1 X149.9 Y171.041 F30000
; LINE_WIDTH: 0.203003
G1 F15000
G1 X149.784 Y171.125 E.00187
; LINE_WIDTH: 0.169615
G2 X149.649 Y171.228 I.365 J.624 E.00176
; LINE_WIDTH: 0.175027
G1 X149.484 Y171.421 E.00274
; LINE_WIDTH: 0.215658
G1 X149.319 Y171.615 E.00358
; LINE_WIDTH: 0.253235
G1 X149.125 Y171.833 E.005
; LINE_WIDTH: 0.287756
G1 F14703.762
G1 X148.932 Y172.051 E.00582
; LINE_WIDTH: 0.322276
G1 F12886.789
G1 X148.738 Y172.269 E.00664
; LINE_WIDTH: 0.353714
G1 F11583.245
G1 X148.418 Y172.609 E.0118
; LINE_WIDTH: 0.39055
G1 F10355.843
G3 X147.45 Y173.595 I-15.922 J-14.661 E.03917
; LINE_WIDTH: 0.379159
G1 F10706.683
G1 X147.146 Y173.879 E.0114
; LINE_WIDTH: 0.350537
G1 F11702.864
G1 X146.842 Y174.163 E.01043
; LINE_WIDTH: 0.315352
G1 F13214.324
G1 X146.617 Y174.359 E.00662
; LINE_WIDTH: 0.273605
G1 F15000
G1 X146.392 Y174.554 E.0056
; LINE_WIDTH: 0.231858
G1 X146.167 Y174.75 E.00459
; LINE_WIDTH: 0.190515
G1 X146.016 Y174.87 E.00232
; LINE_WIDTH: 0.149577
G1 X145.865 Y174.991 E.00168
; LINE_WIDTH: 0.108639
G1 X145.714 Y175.112 E.00103
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X145.865 Y174.991 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X169.007 Y169.655 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X166.1 Y172.562 E.12633
G1 X166.22 Y171.909
G1 X169.301 Y168.827 E.13391
G1 X169.47 Y168.125
G1 X166.296 Y171.3 E.13794
G1 X166.349 Y170.713
G1 X167.545 Y169.517 E.05198
G1 X167.278 Y169.251
G1 X166.36 Y170.169 E.03993
G1 X166.352 Y169.644
G1 X167.218 Y168.778 E.03764
G1 X167.143 Y168.32
G1 X166.315 Y169.148 E.03597
G1 X166.25 Y168.679
G1 X167.055 Y167.875 E.03497
G1 X166.938 Y167.458
G1 X166.17 Y168.226 E.03335
G1 X166.057 Y167.806
G1 X166.805 Y167.058 E.03252
G1 X166.658 Y166.672
G1 X165.935 Y167.394 E.03139
G1 X165.782 Y167.014
G1 X166.491 Y166.305 E.0308
G1 X166.31 Y165.953
G1 X165.619 Y166.644 E.03001
G1 X165.434 Y166.296
G1 X166.117 Y165.612 E.0297
G1 X165.91 Y165.286
G1 X165.236 Y165.96 E.0293
G1 X165.022 Y165.641
G1 X165.689 Y164.974 E.02902
G1 X165.46 Y164.67
G1 X164.792 Y165.337 E.02901
G1 X164.551 Y165.045
G1 X165.217 Y164.38 E.0289
G1 X164.961 Y164.102
G1 X164.296 Y164.767 E.0289
G1 X164.032 Y164.498
G1 X164.697 Y163.832 E.02892
G1 X164.419 Y163.578
G1 X163.756 Y164.24 E.0288
G1 X163.471 Y163.992
G1 X164.141 Y163.323 E.0291
G1 X163.846 Y163.084
G1 X163.178 Y163.752 E.02902
G1 X162.877 Y163.52
G1 X163.55 Y162.847 E.02925
G1 X163.245 Y162.619
G1 X162.569 Y163.295 E.02937
G1 X162.253 Y163.078
G1 X162.934 Y162.396 E.02962
G1 X162.62 Y162.177
G1 X161.936 Y162.861 E.02969
G1 X161.614 Y162.65
G1 X162.299 Y161.965 E.02977
G1 X161.976 Y161.754
G1 X161.285 Y162.445 E.03001
G1 X160.957 Y162.24
G1 X161.647 Y161.55 E.02999
G1 X161.319 Y161.345
G1 X160.629 Y162.035 E.02997
G1 X160.301 Y161.83
G1 X160.99 Y161.141 E.02995
G1 X160.661 Y160.936
G1 X159.973 Y161.625 E.02992
G1 X159.644 Y161.42
G1 X160.333 Y160.732 E.0299
G1 X160.004 Y160.527
G1 X159.316 Y161.215 E.02988
G1 X158.99 Y161.008
G1 X159.675 Y160.322 E.02977
G1 X159.346 Y160.118
G1 X158.669 Y160.795 E.02942
G1 X158.352 Y160.579
G1 X159.03 Y159.901 E.02949
G1 X158.718 Y159.68
G1 X158.04 Y160.357 E.02946
G1 X157.733 Y160.131
G1 X158.406 Y159.458 E.02924
G1 X158.104 Y159.227
G1 X157.435 Y159.896 E.02907
G1 X157.141 Y159.657
G1 X157.808 Y158.99 E.029
G1 X157.524 Y158.741
G1 X156.858 Y159.407 E.02894
G1 X156.583 Y159.149
G1 X157.249 Y158.483 E.02895
G1 X156.982 Y158.216
G1 X156.318 Y158.88 E.02887
G1 X156.062 Y158.603
G1 X156.732 Y157.933 E.0291
G1 X156.484 Y157.647
G1 X155.817 Y158.314 E.02898
G1 X155.586 Y158.012
G1 X156.262 Y157.337 E.02935
G1 X156.04 Y157.025
G1 X155.363 Y157.702 E.0294
G1 X155.16 Y157.372
G1 X155.852 Y156.68 E.03005
G1 X155.663 Y156.335
G1 X154.961 Y157.038 E.03052
G1 X154.786 Y156.679
G1 X155.497 Y155.968 E.03088
G1 X155.344 Y155.588
G1 X154.619 Y156.313 E.0315
G1 X154.471 Y155.928
G1 X155.216 Y155.183 E.03236
G1 X155.096 Y154.769
G1 X154.337 Y155.528 E.03297
G1 X154.217 Y155.115
G1 X155.002 Y154.33 E.03412
G1 X154.927 Y153.872
G1 X154.12 Y154.678 E.03506
G1 X154.032 Y154.234
G1 X154.871 Y153.394 E.0365
G1 X154.882 Y152.85
G1 X153.97 Y153.762 E.03963
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X154.882 Y152.85 E-.0919
G1 X154.871 Y153.394 E-.03875
G1 X154.754 Y153.512 E-.01185
; WIPE_END
G1 E-.0075 F3600
G1 X168.356 Y168.706 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X169.558 Y167.504 E.05225
M73 P84 R2
G1 X169.598 Y166.93
G1 X168.538 Y167.991 E.04609
G1 X168.63 Y167.366
G1 X169.611 Y166.385 E.04261
G1 X169.59 Y165.873
G1 X168.672 Y166.791 E.03988
G1 X168.672 Y166.257
G1 X169.545 Y165.384 E.03793
G1 X169.487 Y164.909
G1 X168.642 Y165.753 E.03669
G1 X168.591 Y165.272
G1 X169.407 Y164.456 E.03545
G1 X169.319 Y164.01
G1 X168.518 Y164.811 E.03482
G1 X168.43 Y164.366
G1 X169.21 Y163.586 E.0339
G1 X169.098 Y163.165
G1 X168.332 Y163.931 E.03329
G1 X168.216 Y163.513
G1 X168.969 Y162.76 E.03272
G1 X168.836 Y162.361
G1 X168.097 Y163.099 E.03208
G1 X167.958 Y162.705
G1 X168.692 Y161.971 E.03187
G1 X168.539 Y161.59
G1 X167.819 Y162.31 E.03129
G1 X167.663 Y161.933
G1 X168.382 Y161.215 E.03124
G1 X168.244 Y160.819
G1 X167.504 Y161.56 E.03218
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X168.244 Y160.819 E-.07462
G1 X168.382 Y161.215 E-.02984
G1 X168.004 Y161.592 E-.03804
; WIPE_END
G1 E-.0075 F3600
G1 X174.025 Y158.771 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X177.14 Y155.656 E.13537
G1 X177.544 Y154.719
G1 X172.978 Y159.285 E.19841
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X174.392 Y157.871 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X174.103 Y157.627 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X172.114 Y159.616 E.08644
G1 X171.346 Y159.85
G1 X172.894 Y158.302 E.06725
G1 X172.002 Y158.661
G1 X170.636 Y160.027 E.05938
G1 X169.966 Y160.164
G1 X171.216 Y158.914 E.05432
G1 X170.496 Y159.101
G1 X169.35 Y160.246 E.04979
G1 X168.736 Y160.327
G1 X169.836 Y159.227 E.04779
G1 X169.204 Y159.326
G1 X167.34 Y161.19 E.081
G1 X167.17 Y160.826
G1 X168.598 Y159.399 E.06203
G1 X168.011 Y159.452
G1 X167.001 Y160.462 E.04389
G1 X166.831 Y160.099
G1 X167.426 Y159.504 E.02585
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X166.831 Y160.099 E-.05994
G1 X167.001 Y160.462 E-.02859
G1 X167.536 Y159.927 E-.05396
; WIPE_END
G1 E-.0075 F3600
G1 X175.855 Y155.874 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X177.779 Y153.951 E.08357
G1 X177.931 Y153.266
G1 X175.722 Y155.474 E.09596
G1 X175.325 Y155.338
G1 X178.017 Y152.646 E.11696
M204 S10000
G1 X176.894 Y153.236 F30000
M204 S2000
G1 F9547.055
G1 X174.447 Y155.682 E.10631
G1 X173.68 Y155.916
G1 X175.342 Y154.254 E.07223
G1 X174.339 Y154.724
G1 X173.01 Y156.053 E.05776
G1 X172.404 Y156.126
G1 X173.544 Y154.986 E.04953
G1 X172.867 Y155.13
G1 X171.845 Y156.151 E.04439
G1 X171.322 Y156.141
G1 X172.267 Y155.197 E.04104
G1 X171.712 Y155.218
G1 X170.828 Y156.102 E.03842
G1 X170.357 Y156.04
G1 X171.193 Y155.204 E.03632
G1 X170.716 Y155.148
G1 X169.906 Y155.957 E.0352
G1 X169.477 Y155.854
G1 X170.262 Y155.069 E.03411
G1 X169.823 Y154.974
G1 X169.067 Y155.73 E.03283
G1 X168.662 Y155.602
G1 X169.41 Y154.854 E.03249
G1 X169.003 Y154.727
G1 X168.274 Y155.457 E.0317
G1 X167.89 Y155.307
G1 X168.616 Y154.581 E.03154
G1 X168.234 Y154.43
G1 X167.518 Y155.146 E.03113
G1 X167.151 Y154.98
G1 X167.865 Y154.266 E.03102
G1 X167.497 Y154.1
G1 X166.79 Y154.807 E.03074
G1 X166.434 Y154.63
G1 X167.139 Y153.925 E.03063
G1 X166.786 Y153.745
G1 X166.083 Y154.448 E.03056
G1 X165.736 Y154.262
G1 X166.438 Y153.56 E.0305
G1 X166.089 Y153.375
G1 X165.389 Y154.075 E.03044
G1 X165.042 Y153.889
G1 X165.741 Y153.19 E.03039
G1 X165.393 Y153.005
G1 X164.695 Y153.703 E.03033
G1 X164.348 Y153.516
G1 X165.045 Y152.819 E.03027
G1 X164.697 Y152.634
G1 X164.001 Y153.33 E.03022
G1 X163.653 Y153.144
G1 X164.349 Y152.449 E.03021
G1 X163.998 Y152.267
G1 X163.296 Y152.969 E.03051
G1 X162.938 Y152.794
G1 X163.642 Y152.09 E.03059
G1 X163.281 Y151.917
G1 X162.568 Y152.63 E.03097
G1 X162.191 Y152.473
G1 X162.915 Y151.75 E.03143
G1 X162.54 Y151.592
G1 X161.815 Y152.317 E.03152
G1 X161.422 Y152.176
G1 X162.159 Y151.439 E.03204
G1 X161.765 Y151.3
G1 X161.016 Y152.049 E.03257
G1 X160.596 Y151.936
G1 X161.366 Y151.166 E.03345
G1 X160.943 Y151.056
G1 X160.159 Y151.839 E.03406
G1 X159.69 Y151.775
G1 X160.511 Y150.954 E.0357
G1 X160.06 Y150.872
G1 X159.202 Y151.73 E.03727
G1 X158.683 Y151.716
G1 X159.582 Y150.817 E.03908
G1 X159.081 Y150.784
G1 X158.112 Y151.753 E.04211
G1 X157.491 Y151.841
G1 X158.552 Y150.78 E.04614
G1 X157.978 Y150.821
G1 X156.796 Y152.002 E.05136
G1 X156.011 Y152.255
G1 X157.356 Y150.91 E.05843
G1 X156.671 Y151.062
G1 X155.068 Y152.664 E.06963
M204 S10000
G1 X155.9 Y151.299 F30000
M204 S2000
G1 F9547.055
G1 X153.883 Y153.316 E.08767
G1 X153.555 Y153.111
G1 X155.013 Y151.653 E.06336
G1 X154.541 Y151.591
G1 X154.078 Y152.055 E.02014
M204 S10000
G1 X155.427 Y151.48 F30000
; FEATURE: Gap infill
; LINE_WIDTH: 0.108544
G1 F15000
G1 X155.31 Y151.558 E.00075
; LINE_WIDTH: 0.149294
G1 X155.193 Y151.637 E.00122
; LINE_WIDTH: 0.190044
G1 X155.076 Y151.715 E.00169
G1 X154.458 Y151.483 F30000
; LINE_WIDTH: 0.0946291
G1 F15000
G1 X154.428 Y151.438 E.00023
; LINE_WIDTH: 0.11363
G1 X154.409 Y151.422 E.00014
; LINE_WIDTH: 0.143265
G1 X154.389 Y151.407 E.0002
G1 X154.284 Y151.534 E.00135
G1 X154.066 Y152.043 F30000
; LINE_WIDTH: 0.168044
G1 F15000
G1 X154.082 Y152.15 E.00111
; LINE_WIDTH: 0.178289
G1 X154.087 Y152.188 E.00042
G1 X153.894 Y152.44 E.00351
; LINE_WIDTH: 0.111303
G1 X153.715 Y152.655 E.00155
G1 E-.35 F3600
; WIPE_START
M73 P84 R1
G1 F15000
G1 X153.894 Y152.44 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X155.948 Y152.192 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.196249
G1 F15000
G1 X155.838 Y152.262 E.00163
; LINE_WIDTH: 0.161231
G1 X155.721 Y152.341 E.00136
; LINE_WIDTH: 0.112523
G1 X155.605 Y152.42 E.0008
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.721 Y152.341 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X153.924 Y153.542 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.128972
G1 F15000
G1 X153.954 Y153.45 E.00068
G1 X153.901 Y153.355 E.00076
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X153.954 Y153.45 E-.07539
G1 X153.924 Y153.542 E-.06711
; WIPE_END
G1 E-.0075 F3600
G1 X168.727 Y170.228 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.10226
G1 F15000
G1 X168.664 Y170.316 E.00052
; LINE_WIDTH: 0.138113
G1 X168.541 Y170.47 E.00153
; LINE_WIDTH: 0.181639
G1 X168.418 Y170.624 E.00223
; LINE_WIDTH: 0.225165
G1 X168.295 Y170.778 E.00293
; LINE_WIDTH: 0.268692
G1 X168.172 Y170.931 E.00362
; LINE_WIDTH: 0.313739
G1 F13293.032
G1 X167.893 Y171.243 E.00923
; LINE_WIDTH: 0.360306
G1 F11342.668
G1 X167.615 Y171.555 E.01082
; LINE_WIDTH: 0.388735
G1 F10410.2
G1 X167.088 Y172.089 E.02115
; LINE_WIDTH: 0.375892
G1 F10811.748
G1 X166.754 Y172.397 E.01231
; LINE_WIDTH: 0.339912
G1 F12121.558
G1 X166.421 Y172.705 E.01098
; LINE_WIDTH: 0.322982
G1 F12854.327
G3 X166.188 Y172.848 I-.363 J-.329 E.00633
; LINE_WIDTH: 0.339065
G1 F12156.222
G1 X166.131 Y172.724 E.0033
; LINE_WIDTH: 0.291736
G1 F14468.538
G1 X166.074 Y172.6 E.00277
G1 E-.35 F3600
; WIPE_START
G1 F14468.538
G1 X166.131 Y172.724 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X168.592 Y168.203 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.127394
G1 F15000
G1 X168.525 Y167.978 E.00162
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X168.592 Y168.203 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X169.317 Y163.984 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.101613
G1 F15000
G3 X169.291 Y163.819 I.131 J-.106 E.00084
G1 X168.37 Y164.159 F30000
; LINE_WIDTH: 0.13693
G1 F15000
G1 X168.399 Y164.064 E.00077
G1 X168.34 Y163.96 E.00091
G1 X169.093 Y163.135 F30000
; LINE_WIDTH: 0.0991169
G1 F15000
G1 X169.008 Y162.988 E.00078
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X169.093 Y163.135 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X168.652 Y160.243 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.102367
G1 F15000
G2 X168.382 Y160.445 I.611 J1.101 E.00164
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X168.652 Y160.243 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X171.564 Y158.812 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.160568
G1 F15000
G1 X171.282 Y158.98 E.00315
G1 X172.916 Y159.223 F30000
; LINE_WIDTH: 0.190615
G1 F15000
G1 X172.797 Y159.303 E.00172
; LINE_WIDTH: 0.149638
G1 X172.678 Y159.383 E.00125
; LINE_WIDTH: 0.10866
G1 X172.559 Y159.463 E.00077
G1 X173.964 Y158.71 F30000
; LINE_WIDTH: 0.2006
G1 F15000
G1 X173.751 Y158.874 E.00346
; LINE_WIDTH: 0.155157
G1 X173.629 Y158.961 E.00137
; LINE_WIDTH: 0.110499
G1 X173.508 Y159.049 E.00082
G1 X173.363 Y158.072 F30000
; LINE_WIDTH: 0.0901659
G1 F15000
G1 X173.332 Y158.095 E.00015
; LINE_WIDTH: 0.113111
G1 X173.207 Y158.185 E.00088
; LINE_WIDTH: 0.154427
G1 X173.081 Y158.274 E.0014
; LINE_WIDTH: 0.195743
G1 X172.956 Y158.364 E.00192
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X173.081 Y158.274 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X169.584 Y154.947 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0900798
G1 F15000
G1 X169.442 Y154.862 E.00064
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X169.584 Y154.947 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X163.112 Y151.819 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.104941
G1 F15000
G1 X163.048 Y151.831 E.00033
G1 X162.962 Y151.772 E.00053
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X163.048 Y151.831 E-.08765
G1 X163.112 Y151.819 E-.05485
; WIPE_END
G1 E-.0075 F3600
G1 X158.698 Y151.731 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.111546
G1 F15000
G1 X158.486 Y151.646 E.00128
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X158.698 Y151.731 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X162.885 Y152.768 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.103838
G1 F15000
G1 X162.804 Y152.71 E.00049
G1 X162.744 Y152.721 E.00031
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X162.804 Y152.71 E-.05471
G1 X162.885 Y152.768 E-.08779
; WIPE_END
G1 E-.0075 F3600
G1 X168.629 Y155.593 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.095962
G1 F15000
G1 X168.489 Y155.508 E.00071
G1 X169.449 Y155.849 F30000
; LINE_WIDTH: 0.0958733
G1 F15000
G1 X169.299 Y155.765 E.00074
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X169.449 Y155.849 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X173.622 Y155.858 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.101538
G1 F15000
G1 X173.356 Y155.996 E.00143
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X173.622 Y155.858 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X175.26 Y155.273 F30000
M73 P85 R1
G1 E.5 F2400
; LINE_WIDTH: 0.185976
G1 F15000
G1 X175.147 Y155.35 E.0016
; LINE_WIDTH: 0.146854
G1 X175.033 Y155.427 E.00116
; LINE_WIDTH: 0.107732
G1 X174.919 Y155.503 E.00072
G1 X175.927 Y155.946 F30000
; LINE_WIDTH: 0.183476
G1 F15000
G3 X175.831 Y156.074 I-1.234 J-.82 E.00183
; LINE_WIDTH: 0.15486
G1 X175.556 Y156.373 E.00371
; LINE_WIDTH: 0.121061
G1 X175.277 Y156.675 E.00262
G1 X174.718 Y157.212 E.00493
; LINE_WIDTH: 0.155387
G1 X174.514 Y157.39 E.00249
; LINE_WIDTH: 0.192215
G1 X174.305 Y157.572 E.00337
; LINE_WIDTH: 0.220151
G1 X174.163 Y157.687 E.00263
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X174.305 Y157.572 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X176.678 Y156.414 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.110585
G1 F15000
G1 X176.457 Y156.668 E.00186
; LINE_WIDTH: 0.155414
G1 X176.236 Y156.922 E.00309
; LINE_WIDTH: 0.181089
G3 X175.114 Y158.021 I-11.226 J-10.348 E.01769
; LINE_WIDTH: 0.130101
G1 X174.98 Y158.133 E.00124
; LINE_WIDTH: 0.102147
G1 X174.847 Y158.245 E.00084
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X174.98 Y158.133 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X175.902 Y153.933 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.110735
G1 F15000
G1 X175.716 Y154.083 E.00132
; LINE_WIDTH: 0.155274
G1 X175.56 Y154.199 E.00178
; LINE_WIDTH: 0.198771
G1 X175.404 Y154.315 E.00247
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X175.56 Y154.199 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X178.039 Y152.62 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.213805
G1 F15000
G1 X177.96 Y152.46 E.00249
G1 X177.923 Y152.45 E.00053
; LINE_WIDTH: 0.179729
G1 X177.886 Y152.464 E.00044
; LINE_WIDTH: 0.170456
G1 X177.849 Y152.479 E.00041
G1 X177.218 Y153.066 E.00896
; LINE_WIDTH: 0.219523
G1 X176.954 Y153.296 E.00504
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X177.218 Y153.066 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X177.521 Y147.276 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F9547.055
G1 X177.946 Y146.851 E.01847
G1 X177.862 Y146.402
G1 X177.228 Y147.035 E.02753
G1 X176.936 Y146.794
G1 X177.759 Y145.972 E.03573
G1 X177.641 Y145.557
G1 X176.632 Y146.565 E.04382
G1 X176.319 Y146.345
G1 X177.498 Y145.166 E.05123
G1 X177.346 Y144.784
G1 X176.003 Y146.127 E.05836
G1 X175.668 Y145.929
G1 X177.173 Y144.424 E.06539
G1 X176.989 Y144.075
G1 X175.332 Y145.732 E.072
G1 X174.973 Y145.558
G1 X176.782 Y143.748 E.07863
G1 X175.861 Y144.137
G1 X176.568 Y143.43 E.03071
G1 X176.332 Y143.132
G1 X175.667 Y143.797 E.02889
G1 X175.426 Y143.505
G1 X176.087 Y142.844 E.02873
G1 X175.824 Y142.573
G1 X175.159 Y143.239 E.02891
G1 X174.891 Y142.974
G1 X175.551 Y142.313 E.02871
G1 X175.264 Y142.068
G1 X174.593 Y142.738 E.02914
G1 X174.295 Y142.503
G1 X174.964 Y141.834 E.02905
G1 X174.651 Y141.614
G1 X173.975 Y142.289 E.02936
G1 X173.644 Y142.088
G1 X174.326 Y141.406 E.02964
G1 X173.991 Y141.207
G1 X173.302 Y141.896 E.02994
G1 X172.943 Y141.722
G1 X173.641 Y141.024 E.03033
G1 X173.285 Y140.846
G1 X172.573 Y141.558 E.03093
G1 X172.194 Y141.404
G1 X172.911 Y140.687 E.03116
G1 X172.536 Y140.529
G1 X171.796 Y141.269 E.03215
G1 X171.398 Y141.134
G1 X172.139 Y140.393 E.03219
G1 X171.741 Y140.257
G1 X170.975 Y141.024 E.0333
G1 X170.551 Y140.914
G1 X171.322 Y140.144 E.03347
G1 X170.902 Y140.03
G1 X170.108 Y140.824 E.03451
G1 X169.659 Y140.74
G1 X170.462 Y139.937 E.03489
G1 X170.018 Y139.847
G1 X169.193 Y140.673 E.03588
G1 X168.717 Y140.616
G1 X169.557 Y139.776 E.0365
G1 X169.091 Y139.708
G1 X168.232 Y140.567 E.03731
G1 X167.742 Y140.524
G1 X168.608 Y139.658 E.03763
G1 X168.268 Y139.465
G1 X167.252 Y140.481 E.04415
G1 X166.761 Y140.438
G1 X168.354 Y138.846 E.06919
G1 X168.725 Y137.941
G1 X166.89 Y139.776 E.07973
G1 X167.355 Y138.778
G1 X169.006 Y137.126 E.07176
G1 X169.224 Y136.375
G1 X167.761 Y137.839 E.06361
G1 X168.061 Y137.005
G1 X169.383 Y135.683 E.05746
G1 X169.492 Y135.041
G1 X168.281 Y136.252 E.05262
G1 X168.447 Y135.553
G1 X169.563 Y134.436 E.04852
G1 X169.608 Y133.859
G1 X168.569 Y134.897 E.04514
G1 X168.639 Y134.294
G1 X169.608 Y133.325 E.0421
G1 X169.585 Y132.815
G1 X168.672 Y133.727 E.03966
G1 X168.671 Y133.196
G1 X169.541 Y132.326 E.0378
G1 X169.461 Y131.872
G1 X168.639 Y132.694 E.03573
G1 X168.579 Y132.221
G1 X169.371 Y131.429 E.03444
G1 X169.248 Y131.019
G1 X168.483 Y131.784 E.03322
G1 X168.373 Y131.36
G1 X169.114 Y130.619 E.03218
G1 X168.955 Y130.245
G1 X168.234 Y130.966 E.03134
G1 X168.075 Y130.592
G1 X168.784 Y129.883 E.03082
G1 X168.592 Y129.541
G1 X167.685 Y130.449 E.03944
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X168.592 Y129.541 E-.09144
G1 X168.784 Y129.883 E-.0279
G1 X168.554 Y130.112 E-.02315
; WIPE_END
G1 E-.0075 F3600
G1 X166.416 Y133.85 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X162.101 Y138.165 E.18751
M204 S10000
G1 X160.697 Y139.037 F30000
M204 S2000
G1 F9547.055
G1 X166.813 Y132.92 E.26578
M204 S10000
G1 X165.345 Y133.855 F30000
M204 S2000
G1 F9547.055
G1 X167.048 Y132.152 E.07402
G1 X167.181 Y131.486
G1 X165.861 Y132.805 E.05734
G1 X166.107 Y132.027
G1 X167.262 Y130.871 E.05022
G1 X166.253 Y131.347
G1 X168.39 Y129.21 E.09284
G1 X168.168 Y128.899
G1 X166.328 Y130.739 E.07997
G1 X166.355 Y130.178
G1 X167.937 Y128.597 E.06872
G1 X167.688 Y128.313
G1 X166.36 Y129.64 E.05769
G1 X166.334 Y129.133
G1 X167.434 Y128.033 E.04777
G1 X167.158 Y127.776
G1 X166.289 Y128.645 E.03779
G1 X166.228 Y128.173
G1 X166.883 Y127.518 E.02847
G1 X166.585 Y127.282
G1 X166.154 Y127.713 E.01872
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X166.585 Y127.282 E-.04341
G1 X166.883 Y127.518 E-.02705
G1 X166.228 Y128.173 E-.06601
G1 X166.238 Y128.257 E-.00603
; WIPE_END
G1 E-.0075 F3600
G1 X162.313 Y136.887 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X159.252 Y139.948 E.13304
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X160.666 Y138.534 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X174.613 Y145.384 F30000
G1 E.5 F2400
M204 S2000
G1 F9547.055
G1 X175.336 Y144.661 E.0314
G1 X174.952 Y144.512
G1 X174.226 Y145.238 E.03155
G1 X173.835 Y145.096
G1 X174.571 Y144.36 E.03201
G1 X174.173 Y144.224
G1 X173.411 Y144.987 E.03315
G1 X172.974 Y144.89
G1 X173.76 Y144.104 E.03416
G1 X173.329 Y144.002
G1 X172.509 Y144.823 E.03566
G1 X172.01 Y144.788
G1 X172.875 Y143.923 E.03757
G1 X172.392 Y143.873
G1 X171.482 Y144.782 E.03952
G1 X170.91 Y144.822
G1 X171.882 Y143.85 E.04224
G1 X171.34 Y143.858
G1 X170.271 Y144.927 E.04645
G1 X169.567 Y145.098
G1 X170.76 Y143.905 E.05184
G1 X170.132 Y144
G1 X168.777 Y145.355 E.05889
G1 X167.87 Y145.728
G1 X169.444 Y144.154 E.06839
G1 X168.669 Y144.396
G1 X166.838 Y146.227 E.07956
M204 S10000
G1 X165.699 Y146.833 F30000
M204 S2000
G1 F9547.055
G1 X167.806 Y144.726 E.09156
G1 X166.822 Y145.177
G1 X164.56 Y147.438 E.09828
G1 X163.469 Y147.996
G1 X165.721 Y145.744 E.09786
M204 S10000
G1 X164.576 Y146.355 F30000
M204 S2000
G1 F9547.055
G1 X162.513 Y148.419 E.08968
G1 X161.665 Y148.734
G1 X163.432 Y146.967 E.0768
G1 X162.436 Y147.429
G1 X160.913 Y148.952 E.06617
G1 X160.236 Y149.096
G1 X161.554 Y147.779 E.05725
G1 X160.782 Y148.017
G1 X159.619 Y149.18 E.05051
G1 X159.05 Y149.216
G1 X160.103 Y148.163 E.04578
G1 X159.487 Y148.245
M73 P86 R1
G1 X158.513 Y149.219 E.04232
G1 X158.017 Y149.183
G1 X158.921 Y148.278 E.03932
G1 X158.401 Y148.265
G1 X157.546 Y149.12 E.03717
G1 X157.092 Y149.041
G1 X157.909 Y148.224 E.03551
G1 X157.442 Y148.157
G1 X156.663 Y148.936 E.03387
G1 X156.25 Y148.816
G1 X157.012 Y148.054 E.03311
G1 X156.588 Y147.945
G1 X155.849 Y148.684 E.03213
G1 X155.464 Y148.535
G1 X156.187 Y147.812 E.0314
G1 X155.803 Y147.663
G1 X155.088 Y148.378 E.03109
G1 X154.348 Y148.585
G1 X155.429 Y147.503 E.04701
G1 X155.066 Y147.334
G1 X154.199 Y148.201 E.03767
G1 X154.025 Y147.841
G1 X154.848 Y147.019 E.03575
G1 X154.887 Y146.446
G1 X153.826 Y147.507 E.04613
G1 X153.603 Y147.196
G1 X154.975 Y145.825 E.05958
G1 X155.126 Y145.141
G1 X153.961 Y146.305 E.0506
G1 X154.044 Y145.689
G1 X155.364 Y144.37 E.05734
G1 X155.782 Y143.418
G1 X154.184 Y145.016 E.06944
G1 X154.396 Y144.271
G1 X160.823 Y137.844 E.27928
M204 S10000
G1 X159.401 Y138.732 F30000
M204 S2000
G1 F9547.055
G1 X154.762 Y143.372 E.20161
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X156.176 Y141.957 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X168.717 Y132.883 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.0989598
G1 F15000
G2 X168.638 Y132.715 I-4.725 J2.132 E.00085
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X168.717 Y132.883 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X167.823 Y137.901 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.19086
G1 F15000
G1 X167.742 Y138.021 E.00174
; LINE_WIDTH: 0.149784
G1 X167.661 Y138.14 E.00126
; LINE_WIDTH: 0.108708
G1 X167.58 Y138.26 E.00077
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X167.661 Y138.14 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X168.642 Y140.541 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.100119
G1 F15000
G1 X168.461 Y140.605 E.00089
G1 X166.952 Y139.838 F30000
; LINE_WIDTH: 0.193616
G1 F15000
G1 X166.861 Y139.967 E.00194
; LINE_WIDTH: 0.151437
G1 X166.77 Y140.097 E.0014
; LINE_WIDTH: 0.109258
G1 X166.68 Y140.226 E.00085
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X166.77 Y140.097 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X171.498 Y140.234 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0928182
G1 F15000
G1 X171.351 Y140.149 E.00069
G1 X170.642 Y140.023 F30000
; LINE_WIDTH: 0.091259
G1 F15000
G1 X170.487 Y139.94 E.0007
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X170.642 Y140.023 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X172.891 Y141.696 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.105669
G1 F15000
G1 X172.81 Y141.638 E.00051
G1 X172.748 Y141.65 E.00032
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X172.81 Y141.638 E-.05523
G1 X172.891 Y141.696 E-.08727
; WIPE_END
G1 E-.0075 F3600
G1 X173.938 Y144.194 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0947895
G1 F15000
G1 X173.789 Y144.109 E.00072
G1 X175.657 Y144.579 F30000
; LINE_WIDTH: 0.112951
G1 F15000
G3 X175.418 Y144.743 I-.688 J-.744 E.00166
G1 X176.958 Y144.016 F30000
; LINE_WIDTH: 0.0955781
G1 F15000
G2 X176.879 Y143.918 I-.949 J.677 E.00054
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X176.958 Y144.016 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X169.502 Y145.034 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.176165
G1 F15000
G2 X169.215 Y145.203 I4.433 J7.866 E.00362
G1 X167.808 Y145.666 F30000
; LINE_WIDTH: 0.194397
G1 F15000
G1 X167.676 Y145.76 E.002
; LINE_WIDTH: 0.151906
G1 X167.543 Y145.854 E.00144
; LINE_WIDTH: 0.109415
G1 X167.411 Y145.947 E.00088
G1 X166.777 Y146.166 F30000
; LINE_WIDTH: 0.198069
G1 F15000
G1 X166.627 Y146.276 E.00235
; LINE_WIDTH: 0.154109
G1 X166.478 Y146.387 E.00169
; LINE_WIDTH: 0.110149
G1 X166.328 Y146.498 E.00102
G1 X166.234 Y145.471 F30000
; LINE_WIDTH: 0.110179
G1 F15000
G1 X166.083 Y145.582 E.00103
; LINE_WIDTH: 0.154199
G1 X165.933 Y145.694 E.0017
; LINE_WIDTH: 0.198219
G1 X165.782 Y145.806 E.00237
G1 X165.089 Y146.082 F30000
; LINE_WIDTH: 0.110178
G1 F15000
G1 X164.939 Y146.194 E.00103
; LINE_WIDTH: 0.154198
G1 X164.788 Y146.305 E.0017
; LINE_WIDTH: 0.198218
G1 X164.638 Y146.417 E.00237
G1 X165.638 Y146.771 F30000
; LINE_WIDTH: 0.198069
G1 F15000
G1 X165.488 Y146.882 E.00235
; LINE_WIDTH: 0.154109
G1 X165.339 Y146.993 E.00169
; LINE_WIDTH: 0.110149
G1 X165.189 Y147.103 E.00102
G1 X163.944 Y146.694 F30000
; LINE_WIDTH: 0.110179
G1 F15000
G1 X163.794 Y146.805 E.00103
; LINE_WIDTH: 0.154198
G1 X163.644 Y146.917 E.0017
; LINE_WIDTH: 0.198217
G1 X163.493 Y147.028 E.00237
G1 X163.407 Y147.934 F30000
; LINE_WIDTH: 0.192946
G1 F15000
G1 X163.28 Y148.023 E.0019
; LINE_WIDTH: 0.151012
G1 X163.152 Y148.111 E.00137
; LINE_WIDTH: 0.109079
G1 X163.025 Y148.2 E.00084
G1 X161.938 Y147.639 F30000
; LINE_WIDTH: 0.1771
G1 F15000
G1 X161.618 Y147.843 E.00416
G1 X161.608 Y148.678 F30000
; LINE_WIDTH: 0.0996788
G1 F15000
G1 X161.303 Y148.853 E.00163
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X161.608 Y148.678 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X159.206 Y148.26 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.128227
G1 F15000
G1 X158.995 Y148.351 E.0016
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X159.206 Y148.26 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X153.651 Y146.872 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.129585
G1 F15000
G1 X153.407 Y146.981 E.00189
G1 X154.034 Y146.379 F30000
; LINE_WIDTH: 0.100372
G1 F15000
G3 X153.913 Y146.596 I-2.469 J-1.239 E.00116
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X154.034 Y146.379 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X154.824 Y143.433 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.193516
G1 F15000
G1 X154.566 Y143.796 E.00546
G1 X156.151 Y142.811 F30000
; LINE_WIDTH: 0.110784
G1 F15000
G1 X156.007 Y142.993 E.00128
; LINE_WIDTH: 0.156015
G1 X155.864 Y143.174 E.00214
; LINE_WIDTH: 0.201245
G1 X155.72 Y143.356 E.00299
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.864 Y143.174 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X159.191 Y139.888 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.206819
G1 F15000
G1 X158.966 Y140.073 E.00389
; LINE_WIDTH: 0.159378
G1 X158.74 Y140.259 E.00278
; LINE_WIDTH: 0.111864
G1 X158.484 Y140.479 E.00189
G1 X158.556 Y139.282 F30000
; LINE_WIDTH: 0.099141
G1 F15000
G1 X158.453 Y139.366 E.00061
; LINE_WIDTH: 0.130753
G1 X158.263 Y139.527 E.00179
; LINE_WIDTH: 0.172033
G1 X158.072 Y139.689 E.00262
; LINE_WIDTH: 0.213313
G1 X157.882 Y139.85 E.00346
; LINE_WIDTH: 0.256883
G1 X157.594 Y140.105 E.00671
; LINE_WIDTH: 0.302744
G1 F13855.57
G1 X157.306 Y140.36 E.00815
; LINE_WIDTH: 0.357058
G1 F11459.954
G2 X156.276 Y141.364 I14.28 J15.698 E.03684
; LINE_WIDTH: 0.350018
G1 F11722.657
G1 X156.045 Y141.615 E.00853
; LINE_WIDTH: 0.321932
G1 F12902.695
G1 X155.814 Y141.866 E.00775
; LINE_WIDTH: 0.289494
G1 F14600.123
G1 X155.667 Y142.038 E.00456
; LINE_WIDTH: 0.252702
G1 F15000
G1 X155.52 Y142.211 E.00388
; LINE_WIDTH: 0.21591
G1 X155.373 Y142.384 E.0032
; LINE_WIDTH: 0.179289
G1 X155.278 Y142.506 E.00172
; LINE_WIDTH: 0.142841
G1 X155.183 Y142.628 E.00126
; LINE_WIDTH: 0.106393
G1 X155.088 Y142.75 E.0008
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X155.183 Y142.628 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X160.033 Y138.339 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.111326
G1 F15000
G1 X159.843 Y138.49 E.00135
; LINE_WIDTH: 0.15764
G1 X159.652 Y138.642 E.00227
; LINE_WIDTH: 0.203954
G1 X159.462 Y138.793 E.00319
G1 X160.636 Y138.976 F30000
; LINE_WIDTH: 0.203568
G1 F15000
G1 X160.449 Y139.124 E.00312
; LINE_WIDTH: 0.157409
G1 X160.262 Y139.272 E.00222
; LINE_WIDTH: 0.111249
G1 X160.076 Y139.419 E.00133
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X160.262 Y139.272 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X162.041 Y138.105 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.20517
G1 F15000
G1 X161.852 Y138.255 E.00319
; LINE_WIDTH: 0.15837
G1 X161.663 Y138.405 E.00227
; LINE_WIDTH: 0.11157
G1 X161.473 Y138.555 E.00135
G1 X161.454 Y137.451 F30000
; LINE_WIDTH: 0.111326
G1 F15000
G1 X161.264 Y137.602 E.00135
; LINE_WIDTH: 0.15764
G1 X161.074 Y137.753 E.00227
; LINE_WIDTH: 0.203954
G1 X160.884 Y137.905 E.00319
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X161.074 Y137.753 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X163.212 Y136.224 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.0977962
G1 F15000
G1 X163.054 Y136.367 E.00096
; LINE_WIDTH: 0.126569
G1 X162.863 Y136.531 E.00171
; LINE_WIDTH: 0.164742
G1 X162.672 Y136.695 E.00249
; LINE_WIDTH: 0.211378
G1 X162.374 Y136.947 E.00537
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X162.672 Y136.695 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X166.015 Y134.547 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.103261
G1 F15000
G1 X165.922 Y134.663 E.00073
; LINE_WIDTH: 0.133444
G1 X165.828 Y134.78 E.0011
; LINE_WIDTH: 0.170454
G1 X165.641 Y134.998 E.00299
; LINE_WIDTH: 0.214286
G1 X165.454 Y135.216 E.00401
; LINE_WIDTH: 0.261127
G1 X165.07 Y135.635 E.01011
; LINE_WIDTH: 0.285562
G1 F14836.719
G3 X164.058 Y136.63 I-15.025 J-14.271 E.02807
; LINE_WIDTH: 0.238311
G1 F15000
G1 X163.739 Y136.916 E.00681
; LINE_WIDTH: 0.191294
G1 X163.42 Y137.201 E.00517
; LINE_WIDTH: 0.147881
G1 X163.225 Y137.367 E.0022
; LINE_WIDTH: 0.108073
G1 X163.029 Y137.534 E.00136
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X163.225 Y137.367 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X165.406 Y133.916 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.206316
G1 F15000
G1 X165.279 Y134.078 E.00275
; LINE_WIDTH: 0.167209
G1 X165.148 Y134.245 E.00214
; LINE_WIDTH: 0.132583
G1 X165.005 Y134.41 E.00159
; LINE_WIDTH: 0.102974
G1 X164.862 Y134.574 E.00107
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X165.005 Y134.41 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X165.926 Y132.87 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.188541
G1 F15000
G1 X165.84 Y132.993 E.00178
; LINE_WIDTH: 0.148393
G1 X165.754 Y133.115 E.00129
; LINE_WIDTH: 0.108245
G1 X165.669 Y133.238 E.0008
G1 X166.625 Y133.402 F30000
; LINE_WIDTH: 0.10971
G1 F15000
G1 X166.535 Y133.531 E.00086
; LINE_WIDTH: 0.15279
G1 X166.445 Y133.661 E.00141
; LINE_WIDTH: 0.19587
G1 X166.356 Y133.79 E.00196
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X166.445 Y133.661 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X167.601 Y130.365 F30000
G1 E.5 F2400
; LINE_WIDTH: 0.149407
G1 F15000
G2 X167.252 Y130.719 I.994 J1.329 E.00433
G1 X167.254 Y130.848 E.00112
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 2.6
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X167.252 Y130.719 E-.02925
G1 X167.449 Y130.487 E-.06889
G1 X167.601 Y130.365 E-.04435
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X148.969 Y145.743 Z2.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.484431
G1 F915
G1 X149.244 Y145.72 E.00991
; LINE_WIDTH: 0.518862
G1 X149.599 Y145.691 E.01384
; LINE_WIDTH: 0.553293
G3 X150.239 Y145.656 I.62 J5.412 E.02664
; LINE_WIDTH: 0.51304
G1 X150.522 Y145.649 E.01087
; LINE_WIDTH: 0.472786
G1 X151.184 Y145.771 E.02355
; LINE_WIDTH: 0.449999
G1 X152.023 Y146.104 E.02997
G1 X152.581 Y146.449 E.02174
G1 X153.059 Y146.852 E.02076
; LINE_WIDTH: 0.462524
G1 X153.476 Y147.33 E.02168
; LINE_WIDTH: 0.509173
G1 X153.568 Y147.509 E.00766
; LINE_WIDTH: 0.555822
G2 X153.792 Y147.903 I2.702 J-1.273 E.01898
; LINE_WIDTH: 0.526209
G1 X153.924 Y148.119 E.00994
; LINE_WIDTH: 0.496595
G1 X154.168 Y148.614 E.02041
; LINE_WIDTH: 0.449999
G1 X154.333 Y149.257 E.02202
G1 X154.389 Y149.782 E.01751
G3 X154.314 Y150.788 I-4.862 J.148 E.03351
G1 X154.152 Y151.434 E.02212
; LINE_WIDTH: 0.488743
G1 X154.07 Y151.58 E.00605
; LINE_WIDTH: 0.527486
G1 X153.989 Y151.725 E.00658
; LINE_WIDTH: 0.54821
G2 X153.612 Y152.433 I46.299 J25.104 E.03305
; LINE_WIDTH: 0.502944
G1 X153.493 Y152.658 E.00953
; LINE_WIDTH: 0.457677
G1 X153.071 Y153.142 E.02171
; LINE_WIDTH: 0.449999
G1 X152.561 Y153.571 E.02209
G3 X151.112 Y154.251 I-2.848 J-4.182 E.05331
; LINE_WIDTH: 0.459381
G1 X150.545 Y154.355 E.01958
; LINE_WIDTH: 0.492066
G1 X150.365 Y154.35 E.00659
; LINE_WIDTH: 0.529593
G1 X150.081 Y154.34 E.01127
; LINE_WIDTH: 0.56712
G2 X149.583 Y154.325 I-2.428 J68.734 E.0213
; LINE_WIDTH: 0.52808
G1 X149.368 Y154.318 E.00848
; LINE_WIDTH: 0.48904
G1 X149.154 Y154.312 E.0078
; LINE_WIDTH: 0.449999
G1 X148.555 Y154.143 E.02064
G3 X147.109 Y153.3 I1.543 J-4.31 E.05582
G1 X146.656 Y152.85 E.0212
; LINE_WIDTH: 0.484363
G1 X146.524 Y152.632 E.00915
; LINE_WIDTH: 0.518727
G1 X146.393 Y152.415 E.00986
; LINE_WIDTH: 0.553091
G3 X145.986 Y151.706 I10.671 J-6.599 E.03398
; LINE_WIDTH: 0.51392
G1 X145.861 Y151.388 E.0131
; LINE_WIDTH: 0.48196
G1 X145.736 Y151.071 E.01222
; LINE_WIDTH: 0.449999
G1 X145.648 Y150.571 E.01683
G3 X145.715 Y149.056 I4.604 J-.556 E.05053
G1 X145.846 Y148.567 E.0168
; LINE_WIDTH: 0.490182
G1 X145.994 Y148.268 E.01215
; LINE_WIDTH: 0.522639
G1 X146.128 Y148.039 E.01038
; LINE_WIDTH: 0.555096
G2 X146.525 Y147.358 I-75.635 J-44.519 E.03289
; LINE_WIDTH: 0.506608
G1 X146.727 Y147.108 E.01214
; LINE_WIDTH: 0.478304
G1 X146.929 Y146.858 E.0114
; LINE_WIDTH: 0.449999
G1 X147.439 Y146.429 E.02209
G3 X148.345 Y145.939 I2.842 J4.172 E.03424
G1 X148.888 Y145.749 E.01909
; LINE_WIDTH: 0.484431
G1 X148.909 Y145.748 E.00077
M204 S10000
G1 X148.935 Y145.341 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F915
G1 X149.39 Y145.253 E.01423
G3 X150.529 Y145.24 I.626 J4.808 E.03509
G1 X151.248 Y145.376 E.02249
G3 X153.39 Y146.624 I-1.315 J4.716 E.07701
G1 X153.882 Y147.202 E.02332
G1 X154.293 Y147.903 E.02498
G1 X154.544 Y148.503 E.01997
G1 X154.726 Y149.247 E.02354
G1 X154.781 Y149.781 E.01649
G3 X154.719 Y150.814 I-4.59 J.245 E.03187
G1 X154.516 Y151.594 E.02476
G1 X154.239 Y152.229 E.02131
G1 X153.829 Y152.875 E.0235
G1 X153.374 Y153.399 E.02134
G1 X152.826 Y153.867 E.02214
G3 X147.476 Y154.07 I-2.827 J-3.906 E.1744
G1 X146.888 Y153.641 E.02238
G1 X146.377 Y153.133 E.02214
G1 X145.943 Y152.546 E.02241
G1 X145.604 Y151.901 E.0224
G1 X145.356 Y151.17 E.02372
G3 X145.484 Y148.408 I4.838 J-1.16 E.0861
G1 X145.761 Y147.771 E.02135
G1 X146.171 Y147.125 E.0235
G1 X146.626 Y146.601 E.02134
M73 P87 R1
G1 X147.174 Y146.133 E.02214
G3 X148.755 Y145.38 I2.842 J3.929 E.0541
G1 X148.876 Y145.353 E.00383
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.39 Y145.253 E-.03727
G1 X149.832 Y145.214 E-.03161
G1 X150.529 Y145.24 E-.04972
G1 X150.859 Y145.302 E-.02391
; WIPE_END
G1 E-.0075 F3600
G1 X153.39 Y151.577 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.576291
G1 F915
G1 X153.405 Y151.674 E.00429
G1 X153.278 Y151.974 E.01411
; LINE_WIDTH: 0.552037
G1 X153.034 Y152.116 E.01171
; LINE_WIDTH: 0.518025
G1 X152.791 Y152.258 E.01092
; LINE_WIDTH: 0.484012
G1 X152.547 Y152.4 E.01014
; LINE_WIDTH: 0.449999
G1 X152.201 Y152.6 E.01327
G1 X150.799 Y153.409 E.0537
; LINE_WIDTH: 0.459381
G1 X150.302 Y153.702 E.01958
; LINE_WIDTH: 0.503723
G1 X150.163 Y153.766 E.00573
; LINE_WIDTH: 0.548065
G1 X150.024 Y153.829 E.00628
; LINE_WIDTH: 0.576496
G1 X149.747 Y153.786 E.01218
G1 X149.653 Y153.711 E.00526
; LINE_WIDTH: 0.534331
G1 X149.558 Y153.636 E.00484
; LINE_WIDTH: 0.492165
G1 X149.463 Y153.561 E.00443
; LINE_WIDTH: 0.449999
G1 X149.118 Y153.359 E.01327
G1 X147.555 Y152.446 E.06004
G1 X147.209 Y152.244 E.01327
; LINE_WIDTH: 0.486233
G1 X147.053 Y152.165 E.00634
; LINE_WIDTH: 0.522467
G1 X146.897 Y152.085 E.00686
; LINE_WIDTH: 0.5587
G1 X146.74 Y152.006 E.00737
; LINE_WIDTH: 0.572608
G1 X146.603 Y151.693 E.01476
G1 X146.618 Y151.447 E.01065
; LINE_WIDTH: 0.531739
G1 X146.633 Y151.2 E.00983
; LINE_WIDTH: 0.490869
G1 X146.648 Y150.954 E.009
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.554 E.01327
G1 X146.648 Y149.077 E.04901
G1 X146.648 Y148.677 E.01327
; LINE_WIDTH: 0.484283
G1 X146.639 Y148.528 E.00535
; LINE_WIDTH: 0.518566
G1 X146.63 Y148.38 E.00576
; LINE_WIDTH: 0.552849
G1 X146.622 Y148.231 E.00618
; LINE_WIDTH: 0.555096
G1 X146.676 Y148.111 E.00552
; LINE_WIDTH: 0.571847
G1 X146.837 Y147.904 E.01127
G1 X147.042 Y147.803 E.00988
; LINE_WIDTH: 0.531231
G1 X147.248 Y147.701 E.00912
; LINE_WIDTH: 0.490615
G1 X147.453 Y147.6 E.00836
; LINE_WIDTH: 0.449999
G1 X147.799 Y147.4 E.01327
G1 X148.853 Y146.791 E.04037
G1 X149.2 Y146.591 E.01327
; LINE_WIDTH: 0.490425
G1 X149.445 Y146.427 E.01076
; LINE_WIDTH: 0.530851
G1 X149.69 Y146.262 E.01173
; LINE_WIDTH: 0.579566
G1 X149.747 Y146.213 E.00331
G1 X150.082 Y146.176 E.01475
; LINE_WIDTH: 0.556215
G1 X150.319 Y146.313 E.01145
; LINE_WIDTH: 0.52081
G1 X150.556 Y146.45 E.01066
; LINE_WIDTH: 0.485405
G1 X150.793 Y146.587 E.00987
; LINE_WIDTH: 0.449999
G1 X151.139 Y146.787 E.01327
G1 X152.482 Y147.562 E.05141
; LINE_WIDTH: 0.462524
G1 X153.034 Y147.874 E.02168
; LINE_WIDTH: 0.509173
G1 X153.151 Y147.944 E.00519
; LINE_WIDTH: 0.555822
G3 X153.334 Y148.128 I-.073 J.255 E.01135
; LINE_WIDTH: 0.549619
G1 X153.343 Y148.437 E.01277
; LINE_WIDTH: 0.499809
G1 X153.352 Y148.747 E.01152
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.147 E.01327
G1 X153.352 Y150.932 E.05921
G1 X153.352 Y151.332 E.01327
; LINE_WIDTH: 0.492097
G1 X153.37 Y151.446 E.00423
; LINE_WIDTH: 0.534194
G1 X153.381 Y151.518 E.0029
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7327.892
G1 X153.405 Y151.674 E-.01131
G1 X153.278 Y151.974 E-.02314
G1 X153.034 Y152.116 E-.0201
G1 X152.791 Y152.258 E-.0201
G1 X152.547 Y152.4 E-.0201
G1 X152.201 Y152.6 E-.0285
G1 X151.967 Y152.735 E-.01925
; WIPE_END
G1 E-.0075 F3600
G1 X148.507 Y146.409 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.656924
G1 F915
G1 X147.711 Y146.861 E.04581
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5863.154
G1 X148.507 Y146.409 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X152.713 Y147.161 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.609835
G1 F915
G1 X152.484 Y147.001 E.0129
; LINE_WIDTH: 0.656932
G1 X152.255 Y146.842 E.01397
; LINE_WIDTH: 0.66975
G2 X151.51 Y146.429 I-2.705 J3.999 E.04357
; LINE_WIDTH: 0.627799
G1 X151.265 Y146.311 E.01295
; LINE_WIDTH: 0.585848
G1 X151.02 Y146.194 E.01202
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6630.722
G1 X151.265 Y146.311 E-.01981
G1 X151.51 Y146.429 E-.01981
G1 X151.755 Y146.546 E-.01981
G1 X152.255 Y146.842 E-.04235
G1 X152.484 Y147.001 E-.02036
G1 X152.713 Y147.161 E-.02036
; WIPE_END
G1 E-.0075 F3600
G1 X153.846 Y149.347 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.668416
G1 F915
G1 X153.868 Y150.252 E.04617
G1 X153.854 Y150.474 E.01133
; LINE_WIDTH: 0.640389
G1 X153.84 Y150.696 E.01082
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6025.418
G1 X153.854 Y150.474 E-.02346
G1 X153.868 Y150.252 E-.02346
G1 X153.846 Y149.347 E-.09559
; WIPE_END
G1 E-.0075 F3600
G1 X151.493 Y153.591 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.656924
G1 F915
G1 X152.289 Y153.139 E.04581
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5863.154
G1 X151.493 Y153.591 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X147.462 Y152.969 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.642676
G1 F915
G1 X147.694 Y153.121 E.01356
; LINE_WIDTH: 0.672526
G2 X148.333 Y153.487 I2.331 J-3.324 E.03783
; LINE_WIDTH: 0.63853
G1 X148.739 Y153.702 E.02231
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6044.223
G1 X148.333 Y153.487 E-.04443
G1 X147.927 Y153.272 E-.04443
G1 X147.694 Y153.121 E-.02682
G1 X147.462 Y152.969 E-.02682
; WIPE_END
G1 E-.0075 F3600
G1 X152.96 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F915
G1 X152.911 Y151.727 E.00418
G3 X150.094 Y153.363 I-61.414 J-102.463 E.10009
G1 X149.963 Y153.385 E.00407
G3 X147.902 Y152.207 I51.848 J-93.083 E.07297
G1 X147.134 Y151.763 E.02723
G1 X147.062 Y151.688 E.00322
G1 X147.04 Y150.952 E.02264
G1 X147.04 Y148.4 E.0784
G1 X147.069 Y148.299 E.00323
G1 X147.649 Y147.939 E.02096
G1 X149.907 Y146.636 E.08012
G1 X150.007 Y146.611 E.00316
G1 X150.612 Y146.935 E.02107
G1 X152.869 Y148.238 E.08008
G1 X152.955 Y148.355 E.00446
G3 X152.96 Y151.54 I-300.255 J2.118 E.09786
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.911 Y151.727 E-.01378
G1 X151.349 Y152.635 E-.12872
; WIPE_END
G1 E-.0075 F3600
G1 X146.142 Y150.481 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.655886
G1 F915
G1 X146.138 Y149.596 E.04419
G1 X146.156 Y149.377 E.01099
; LINE_WIDTH: 0.620069
G1 X146.174 Y149.157 E.01035
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 2.8
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F6237.558
G1 X146.156 Y149.377 E-.02367
G1 X146.138 Y149.596 E-.02367
G1 X146.142 Y150.481 E-.09516
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.04 Y145.719 Z2.8 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.453374
G1 F902
G1 X149.421 Y145.646 E.01298
; LINE_WIDTH: 0.481257
G1 X149.579 Y145.649 E.00564
; LINE_WIDTH: 0.521242
G1 X149.859 Y145.656 E.01095
; LINE_WIDTH: 0.561227
G3 X150.367 Y145.671 I-4.057 J153.104 E.02147
; LINE_WIDTH: 0.524151
G1 X150.595 Y145.677 E.00892
; LINE_WIDTH: 0.487075
G1 X150.822 Y145.684 E.00823
; LINE_WIDTH: 0.449999
G1 X151.435 Y145.848 E.02105
G1 X152.055 Y146.117 E.02244
G1 X152.622 Y146.475 E.02224
G1 X153.122 Y146.908 E.02193
; LINE_WIDTH: 0.473059
G1 X153.5 Y147.364 E.02077
; LINE_WIDTH: 0.511775
G1 X153.616 Y147.577 E.00925
; LINE_WIDTH: 0.550491
G1 X153.732 Y147.789 E.01001
; LINE_WIDTH: 0.572518
G2 X153.987 Y148.291 I2.666 J-1.035 E.02433
; LINE_WIDTH: 0.531679
G1 X154.074 Y148.438 E.00681
; LINE_WIDTH: 0.490839
G1 X154.162 Y148.585 E.00624
; LINE_WIDTH: 0.449999
G1 X154.327 Y149.238 E.02234
G1 X154.387 Y149.76 E.01744
G3 X154.31 Y150.802 I-5.001 J.152 E.03471
G1 X154.148 Y151.449 E.02212
; LINE_WIDTH: 0.486197
G1 X154.034 Y151.659 E.00863
; LINE_WIDTH: 0.522395
G1 X153.92 Y151.869 E.00934
; LINE_WIDTH: 0.558592
G2 X153.657 Y152.356 I40.872 J22.34 E.02325
; LINE_WIDTH: 0.510948
G1 X153.509 Y152.633 E.01199
; LINE_WIDTH: 0.463303
G1 X153.099 Y153.118 E.02176
; LINE_WIDTH: 0.449999
G1 X152.589 Y153.553 E.02223
G3 X151.088 Y154.257 I-2.856 J-4.137 E.05525
; LINE_WIDTH: 0.453374
G1 X150.579 Y154.354 E.01732
; LINE_WIDTH: 0.481257
G1 X150.421 Y154.351 E.00564
; LINE_WIDTH: 0.521242
G1 X150.141 Y154.344 E.01095
; LINE_WIDTH: 0.561227
G3 X149.633 Y154.329 I4.047 J-152.777 E.02147
; LINE_WIDTH: 0.524151
G1 X149.405 Y154.323 E.00892
; LINE_WIDTH: 0.487075
G1 X149.178 Y154.316 E.00823
; LINE_WIDTH: 0.449999
G1 X148.565 Y154.152 E.02105
G1 X147.945 Y153.883 E.02244
G1 X147.378 Y153.525 E.02224
G1 X146.878 Y153.092 E.02193
; LINE_WIDTH: 0.463291
G1 X146.496 Y152.639 E.0203
; LINE_WIDTH: 0.504312
G1 X146.414 Y152.477 E.00682
; LINE_WIDTH: 0.545333
G1 X146.331 Y152.316 E.00743
; LINE_WIDTH: 0.57252
G2 X146.013 Y151.709 I-4.291 J1.861 E.0296
; LINE_WIDTH: 0.53168
G1 X145.926 Y151.562 E.00681
; LINE_WIDTH: 0.49084
G1 X145.838 Y151.415 E.00624
; LINE_WIDTH: 0.449999
G1 X145.665 Y150.731 E.02341
G3 X145.677 Y149.226 I4.426 J-.718 E.05015
G1 X145.831 Y148.613 E.02097
; LINE_WIDTH: 0.492136
G1 X145.996 Y148.27 E.01391
; LINE_WIDTH: 0.523725
G1 X146.126 Y148.045 E.01019
; LINE_WIDTH: 0.555313
G1 X146.509 Y147.382 E.03196
; LINE_WIDTH: 0.510084
G1 X146.705 Y147.132 E.0121
; LINE_WIDTH: 0.480042
G1 X146.901 Y146.882 E.01133
; LINE_WIDTH: 0.449999
G1 X147.411 Y146.447 E.02223
G3 X148.912 Y145.743 I2.856 J4.137 E.05525
; LINE_WIDTH: 0.453374
G1 X148.981 Y145.73 E.00234
M204 S10000
G1 X148.966 Y145.333 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F902
G1 X149.347 Y145.269 E.01187
G3 X152.262 Y145.784 I.653 J4.809 E.09241
G1 X152.877 Y146.177 E.02243
G1 X153.419 Y146.652 E.02215
G1 X153.885 Y147.205 E.02223
G1 X154.285 Y147.897 E.02456
G1 X154.55 Y148.523 E.02089
G1 X154.729 Y149.259 E.02326
G1 X154.78 Y149.759 E.01545
G3 X154.533 Y151.545 I-5.093 J.207 E.05568
G1 X154.244 Y152.219 E.02253
G1 X153.856 Y152.841 E.02255
G1 X153.376 Y153.397 E.02255
G1 X152.823 Y153.869 E.02235
G3 X150.601 Y154.751 I-2.858 J-3.961 E.0742
G1 X149.867 Y154.787 E.02258
G1 X149.138 Y154.711 E.02255
G1 X148.472 Y154.539 E.02113
G1 X147.798 Y154.253 E.02249
G1 X147.175 Y153.868 E.02248
G1 X146.624 Y153.397 E.02229
G1 X146.144 Y152.841 E.02257
G1 X145.807 Y152.31 E.01932
G1 X145.466 Y151.543 E.02577
M73 P88 R1
G1 X145.278 Y150.8 E.02355
G3 X145.278 Y149.2 I5.503 J-.8 E.04936
G1 X145.467 Y148.455 E.02359
G1 X145.756 Y147.781 E.02253
G1 X146.144 Y147.159 E.02255
G1 X146.624 Y146.603 E.02255
G1 X147.177 Y146.131 E.02235
G3 X148.783 Y145.38 I2.824 J3.948 E.05478
G1 X148.908 Y145.348 E.00397
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.347 Y145.269 E-.03179
G1 X149.769 Y145.231 E-.03015
G1 X150.32 Y145.233 E-.03925
G1 X150.895 Y145.301 E-.04131
; WIPE_END
G1 E-.0075 F3600
G1 X153.392 Y151.582 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.576224
G1 F902
G1 X153.405 Y151.674 E.00404
G1 X153.281 Y151.97 E.01397
; LINE_WIDTH: 0.552443
G1 X153.037 Y152.113 E.01175
; LINE_WIDTH: 0.518295
G1 X152.793 Y152.256 E.01096
; LINE_WIDTH: 0.484147
G1 X152.549 Y152.399 E.01017
; LINE_WIDTH: 0.449999
G1 X152.202 Y152.599 E.01327
G1 X150.776 Y153.422 E.05461
; LINE_WIDTH: 0.453378
G1 X150.329 Y153.683 E.01732
; LINE_WIDTH: 0.501302
G1 X150.18 Y153.756 E.0062
; LINE_WIDTH: 0.549226
G1 X150.031 Y153.83 E.00685
; LINE_WIDTH: 0.574743
G1 X149.749 Y153.785 E.01237
G1 X149.66 Y153.714 E.00493
; LINE_WIDTH: 0.533162
G1 X149.571 Y153.643 E.00455
; LINE_WIDTH: 0.491581
G1 X149.482 Y153.572 E.00416
; LINE_WIDTH: 0.449999
G1 X149.136 Y153.372 E.01327
G1 X147.451 Y152.399 E.06453
; LINE_WIDTH: 0.463291
G1 X146.935 Y152.109 E.0203
; LINE_WIDTH: 0.508816
G1 X146.828 Y152.042 E.00479
; LINE_WIDTH: 0.55434
G1 X146.721 Y151.975 E.00525
; LINE_WIDTH: 0.57252
G1 X146.597 Y151.674 E.01404
G1 X146.614 Y151.542 E.00574
; LINE_WIDTH: 0.53168
G1 X146.631 Y151.41 E.00529
; LINE_WIDTH: 0.49084
G1 X146.648 Y151.279 E.00485
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.879 E.01327
G1 X146.648 Y149.115 E.05851
G1 X146.648 Y148.715 E.01327
; LINE_WIDTH: 0.486695
G1 X146.641 Y148.541 E.00629
; LINE_WIDTH: 0.523391
G1 X146.634 Y148.367 E.00681
; LINE_WIDTH: 0.560086
G1 X146.627 Y148.193 E.00733
; LINE_WIDTH: 0.570828
G1 X146.828 Y147.912 E.01487
G1 X147.036 Y147.808 E.00999
; LINE_WIDTH: 0.530552
G1 X147.244 Y147.704 E.00923
; LINE_WIDTH: 0.490276
G1 X147.451 Y147.601 E.00847
; LINE_WIDTH: 0.449999
G1 X147.798 Y147.401 E.01327
G1 X149.224 Y146.578 E.05461
; LINE_WIDTH: 0.453378
G1 X149.671 Y146.317 E.01732
; LINE_WIDTH: 0.501302
G1 X149.82 Y146.244 E.0062
; LINE_WIDTH: 0.549226
G1 X149.969 Y146.17 E.00685
; LINE_WIDTH: 0.574742
G1 X150.251 Y146.215 E.01237
G1 X150.34 Y146.286 E.00493
; LINE_WIDTH: 0.533161
G1 X150.429 Y146.357 E.00455
; LINE_WIDTH: 0.49158
G1 X150.518 Y146.428 E.00416
; LINE_WIDTH: 0.449999
G1 X150.864 Y146.628 E.01327
G1 X152.549 Y147.601 E.06453
; LINE_WIDTH: 0.473059
G1 X153.068 Y147.887 E.02077
; LINE_WIDTH: 0.515485
G1 X153.168 Y147.949 E.00454
; LINE_WIDTH: 0.55791
G1 X153.268 Y148.012 E.00495
; LINE_WIDTH: 0.574112
G1 X153.406 Y148.336 E.01525
G1 X153.388 Y148.464 E.00562
; LINE_WIDTH: 0.532741
G1 X153.37 Y148.593 E.00518
; LINE_WIDTH: 0.49137
G1 X153.352 Y148.721 E.00475
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.121 E.01327
G1 X153.352 Y150.885 E.05851
G1 X153.352 Y151.285 E.01327
; LINE_WIDTH: 0.492074
G1 X153.37 Y151.415 E.00478
; LINE_WIDTH: 0.534149
G1 X153.384 Y151.522 E.00434
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7328.558
G1 X153.405 Y151.674 E-.01089
G1 X153.281 Y151.97 E-.0229
G1 X153.037 Y152.113 E-.02016
G1 X152.793 Y152.256 E-.02016
G1 X152.549 Y152.399 E-.02016
G1 X152.202 Y152.599 E-.0285
G1 X151.962 Y152.738 E-.01973
; WIPE_END
G1 E-.0075 F3600
G1 X147.709 Y153.137 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.674234
G1 F902
G2 X148.486 Y153.575 I3.243 J-4.846 E.04591
; LINE_WIDTH: 0.637584
G1 X148.753 Y153.708 E.0145
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6053.839
G1 X148.486 Y153.575 E-.03578
G1 X148.218 Y153.441 E-.03578
G1 X147.709 Y153.137 E-.07093
; WIPE_END
G1 E-.0075 F3600
G1 X146.153 Y150.644 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.6671
G1 F902
G1 X146.132 Y149.726 E.04669
G1 X146.145 Y149.521 E.01041
; LINE_WIDTH: 0.641253
G1 X146.158 Y149.317 E.00998
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6016.717
G1 X146.145 Y149.521 E-.02198
G1 X146.132 Y149.726 E-.02198
G1 X146.153 Y150.644 E-.09855
; WIPE_END
G1 E-.0075 F3600
G1 X148.477 Y146.423 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.657542
G1 F902
G1 X147.715 Y146.859 E.044
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5857.259
G1 X148.477 Y146.423 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X152.96 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F902
G1 X152.912 Y151.726 E.00415
G3 X150.094 Y153.363 I-58.783 J-97.905 E.10013
G1 X149.976 Y153.387 E.00371
G3 X147.134 Y151.763 I48.566 J-88.289 E.10057
G1 X147.056 Y151.677 E.00359
G3 X147.04 Y148.4 I104.68 J-2.156 E.10069
G1 X147.069 Y148.3 E.00319
G1 X147.647 Y147.94 E.02094
G1 X149.42 Y146.917 E.06288
G1 X149.906 Y146.637 E.01725
G1 X150.052 Y146.618 E.00452
G3 X152.866 Y148.237 I-122.997 J217.154 E.09974
G1 X152.954 Y148.354 E.00453
G3 X152.96 Y151.54 I-291.8 J2.125 E.09789
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.912 Y151.726 E-.0137
G1 X151.349 Y152.634 E-.1288
; WIPE_END
G1 E-.0075 F3600
G1 X152.291 Y146.863 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.674234
G1 F902
G2 X151.514 Y146.425 I-3.243 J4.846 E.04591
; LINE_WIDTH: 0.637585
G1 X151.247 Y146.292 E.0145
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6053.829
G1 X151.514 Y146.425 E-.03578
G1 X151.782 Y146.559 E-.03578
G1 X152.291 Y146.863 E-.07093
; WIPE_END
G1 E-.0075 F3600
G1 X153.847 Y149.36 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.667074
G1 F902
G1 X153.868 Y150.274 E.04654
G1 X153.855 Y150.479 E.01041
; LINE_WIDTH: 0.641238
G1 X153.842 Y150.683 E.00998
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6016.867
G1 X153.855 Y150.479 E-.02202
G1 X153.868 Y150.274 E-.02202
G1 X153.847 Y149.36 E-.09847
; WIPE_END
G1 E-.0075 F3600
G1 X151.523 Y153.577 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.657542
G1 F902
G1 X152.285 Y153.141 E.044
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 3
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F5857.259
G1 X151.523 Y153.577 E-.1425
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.092 Y145.702 Z3 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F917
G1 X149.113 Y145.697 E.0007
; LINE_WIDTH: 0.489892
G1 X149.62 Y145.643 E.01858
; LINE_WIDTH: 0.524915
G1 X149.876 Y145.653 E.01005
; LINE_WIDTH: 0.559937
G2 X150.382 Y145.67 I.82 J-17.211 E.02133
; LINE_WIDTH: 0.528065
G1 X150.632 Y145.676 E.0099
; LINE_WIDTH: 0.496192
G1 X151.158 Y145.763 E.01969
; LINE_WIDTH: 0.449999
G1 X151.639 Y145.926 E.01685
G1 X152.348 Y146.287 E.0264
G1 X152.808 Y146.627 E.01897
G1 X153.356 Y147.164 E.02545
; LINE_WIDTH: 0.485089
G1 X153.496 Y147.402 E.00995
; LINE_WIDTH: 0.520179
G1 X153.637 Y147.64 E.01074
; LINE_WIDTH: 0.555269
G3 X154.023 Y148.317 I-14.234 J8.575 E.03256
; LINE_WIDTH: 0.515509
G1 X154.148 Y148.649 E.01366
; LINE_WIDTH: 0.482754
G1 X154.273 Y148.981 E.01271
; LINE_WIDTH: 0.449999
G1 X154.379 Y149.651 E.02249
G1 X154.386 Y150.287 E.02111
G1 X154.289 Y150.963 E.02265
G1 X154.143 Y151.457 E.01709
; LINE_WIDTH: 0.486098
G1 X154.031 Y151.663 E.00849
; LINE_WIDTH: 0.522197
G1 X153.918 Y151.87 E.00918
; LINE_WIDTH: 0.558295
G2 X153.658 Y152.353 I33.541 J18.371 E.02305
; LINE_WIDTH: 0.510896
G1 X153.51 Y152.63 E.01196
; LINE_WIDTH: 0.463497
G1 X153.101 Y153.116 E.02177
; LINE_WIDTH: 0.449999
G1 X152.591 Y153.552 E.02228
G1 X152.015 Y153.907 E.02243
G3 X151.419 Y154.158 I-2.024 J-3.968 E.02149
G1 X150.909 Y154.298 E.01751
; LINE_WIDTH: 0.488139
G1 X150.398 Y154.357 E.01868
; LINE_WIDTH: 0.524168
G1 X150.14 Y154.347 E.01014
; LINE_WIDTH: 0.560196
G2 X149.625 Y154.331 I-1.046 J24.316 E.02172
; LINE_WIDTH: 0.528224
G1 X149.368 Y154.324 E.01015
; LINE_WIDTH: 0.496251
G1 X148.842 Y154.237 E.0197
; LINE_WIDTH: 0.449999
G1 X148.361 Y154.074 E.01685
G1 X147.652 Y153.713 E.0264
G1 X147.192 Y153.373 E.01897
G1 X146.644 Y152.836 E.02545
; LINE_WIDTH: 0.485089
G1 X146.504 Y152.598 E.00995
; LINE_WIDTH: 0.520179
G1 X146.363 Y152.36 E.01074
; LINE_WIDTH: 0.555269
G3 X145.974 Y151.684 I18.819 J-11.286 E.03258
; LINE_WIDTH: 0.509679
G1 X145.853 Y151.37 E.01281
; LINE_WIDTH: 0.479839
G1 X145.733 Y151.055 E.01199
; LINE_WIDTH: 0.449999
G1 X145.622 Y150.389 E.0224
G1 X145.614 Y149.713 E.02243
G3 X145.707 Y149.069 I4.464 J.314 E.02159
G1 X145.84 Y148.59 E.0165
; LINE_WIDTH: 0.494112
G1 X145.996 Y148.272 E.01304
; LINE_WIDTH: 0.524705
G1 X146.124 Y148.05 E.01004
; LINE_WIDTH: 0.555297
G1 X146.506 Y147.385 E.03205
; LINE_WIDTH: 0.508204
G1 X146.703 Y147.134 E.01205
; LINE_WIDTH: 0.479102
G1 X146.899 Y146.884 E.0113
; LINE_WIDTH: 0.449999
G1 X147.409 Y146.448 E.02228
G1 X147.985 Y146.093 E.02243
G1 X148.613 Y145.828 E.0226
G1 X149.034 Y145.717 E.01447
M204 S10000
G1 X148.991 Y145.32 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F917
G1 X148.998 Y145.318 E.00024
G3 X151.756 Y145.546 I.999 J4.701 E.08623
G1 X152.518 Y145.926 E.02617
G1 X153.023 Y146.288 E.0191
G1 X153.583 Y146.83 E.02394
G3 X154.426 Y148.182 I-5.093 J4.116 E.04909
G1 X154.66 Y148.916 E.02367
G1 X154.771 Y149.646 E.02269
G1 X154.778 Y150.313 E.02048
G1 X154.673 Y151.044 E.02271
G1 X154.54 Y151.526 E.01537
G1 X154.25 Y152.208 E.02275
G1 X153.86 Y152.835 E.02268
G1 X153.379 Y153.394 E.02268
G1 X152.822 Y153.87 E.02249
G1 X152.195 Y154.257 E.02263
G1 X151.515 Y154.543 E.0227
G3 X148.244 Y154.454 I-1.512 J-4.562 E.10257
M73 P89 R1
G1 X147.482 Y154.074 E.02617
G1 X146.977 Y153.711 E.0191
G1 X146.369 Y153.123 E.02602
G1 X145.933 Y152.529 E.02264
G1 X145.593 Y151.874 E.02267
G1 X145.351 Y151.15 E.02344
G1 X145.23 Y150.424 E.02263
G1 X145.222 Y149.687 E.02263
G1 X145.327 Y148.956 E.02271
G1 X145.46 Y148.474 E.01537
G1 X145.75 Y147.792 E.02275
G1 X146.14 Y147.165 E.02268
G1 X146.621 Y146.606 E.02268
G1 X147.178 Y146.13 E.02249
G1 X147.805 Y145.743 E.02263
G1 X148.485 Y145.457 E.0227
G1 X148.933 Y145.335 E.01425
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X148.998 Y145.318 E-.00483
G1 X149.532 Y145.234 E-.03847
G1 X150.1 Y145.212 E-.04048
G1 X150.637 Y145.254 E-.03844
G1 X150.917 Y145.308 E-.02028
; WIPE_END
G1 E-.0075 F3600
G1 X153.392 Y151.58 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.576415
G1 F917
G1 X153.405 Y151.673 E.00409
G1 X153.282 Y151.969 E.01393
; LINE_WIDTH: 0.552225
G1 X153.038 Y152.112 E.01172
; LINE_WIDTH: 0.51815
G1 X152.795 Y152.255 E.01093
; LINE_WIDTH: 0.484075
G1 X152.551 Y152.398 E.01015
; LINE_WIDTH: 0.449999
G1 X152.205 Y152.598 E.01327
G1 X150.939 Y153.328 E.04848
G1 X150.593 Y153.528 E.01327
; LINE_WIDTH: 0.496981
G1 X150.338 Y153.673 E.01083
; LINE_WIDTH: 0.543963
G1 X150.084 Y153.818 E.01195
; LINE_WIDTH: 0.560196
G1 X149.95 Y153.828 E.00565
; LINE_WIDTH: 0.576572
G3 X149.568 Y153.662 I.004 J-.533 E.01862
; LINE_WIDTH: 0.534381
G1 X149.388 Y153.538 E.00873
; LINE_WIDTH: 0.49219
G1 X149.209 Y153.414 E.00798
; LINE_WIDTH: 0.449999
G1 X148.864 Y153.212 E.01327
G1 X147.541 Y152.436 E.05086
G1 X147.196 Y152.233 E.01327
; LINE_WIDTH: 0.485848
G1 X147.042 Y152.154 E.00627
; LINE_WIDTH: 0.521696
G1 X146.887 Y152.075 E.00678
; LINE_WIDTH: 0.557544
G1 X146.733 Y151.996 E.00728
; LINE_WIDTH: 0.573016
G1 X146.601 Y151.688 E.01447
G1 X146.617 Y151.439 E.01074
; LINE_WIDTH: 0.532011
G1 X146.632 Y151.191 E.00991
; LINE_WIDTH: 0.491005
G1 X146.648 Y150.943 E.00908
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.543 E.01327
G1 X146.648 Y149.747 E.0264
G1 X146.648 Y149.104 E.02133
G1 X146.648 Y148.704 E.01327
; LINE_WIDTH: 0.486959
G1 X146.64 Y148.536 E.00609
; LINE_WIDTH: 0.523919
G1 X146.632 Y148.368 E.00659
; LINE_WIDTH: 0.560878
G1 X146.625 Y148.2 E.0071
; LINE_WIDTH: 0.569951
G1 X146.824 Y147.915 E.01494
G1 X147.032 Y147.811 E.01
; LINE_WIDTH: 0.529967
G1 X147.241 Y147.707 E.00924
; LINE_WIDTH: 0.489983
G1 X147.449 Y147.602 E.00848
; LINE_WIDTH: 0.449999
G1 X147.795 Y147.402 E.01327
G1 X149.061 Y146.672 E.04848
G1 X149.407 Y146.472 E.01327
; LINE_WIDTH: 0.497932
G1 X149.662 Y146.326 E.01085
; LINE_WIDTH: 0.545865
G1 X149.916 Y146.181 E.012
; LINE_WIDTH: 0.559937
G1 X150.048 Y146.172 E.00557
; LINE_WIDTH: 0.576515
G3 X150.432 Y146.338 I-.003 J.536 E.01871
; LINE_WIDTH: 0.534343
G1 X150.612 Y146.462 E.00873
; LINE_WIDTH: 0.492171
G1 X150.791 Y146.586 E.00798
; LINE_WIDTH: 0.449999
G1 X151.136 Y146.788 E.01327
G1 X152.459 Y147.564 E.05086
G1 X152.804 Y147.767 E.01327
; LINE_WIDTH: 0.485848
G1 X152.958 Y147.846 E.00627
; LINE_WIDTH: 0.521696
G1 X153.113 Y147.925 E.00678
; LINE_WIDTH: 0.557544
G1 X153.267 Y148.004 E.00728
; LINE_WIDTH: 0.574334
G1 X153.402 Y148.32 E.01487
G1 X153.385 Y148.566 E.01066
; LINE_WIDTH: 0.532889
G1 X153.369 Y148.811 E.00983
; LINE_WIDTH: 0.491444
G1 X153.352 Y149.057 E.009
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.457 E.01327
G1 X153.352 Y150.896 E.04773
G1 X153.352 Y151.296 E.01327
; LINE_WIDTH: 0.492138
G1 X153.37 Y151.422 E.00465
; LINE_WIDTH: 0.534277
G1 X153.384 Y151.521 E.004
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7326.658
G1 X153.405 Y151.673 E-.01098
G1 X153.282 Y151.969 E-.02283
G1 X153.038 Y152.112 E-.02011
G1 X152.795 Y152.255 E-.02011
G1 X152.551 Y152.398 E-.02011
G1 X152.205 Y152.598 E-.0285
G1 X151.963 Y152.737 E-.01985
; WIPE_END
G1 E-.0075 F3600
G1 X146.175 Y149.137 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.625505
G1 F917
G1 X146.153 Y149.442 E.01453
; LINE_WIDTH: 0.669232
G2 X146.135 Y150.344 I5.83 J.571 E.04608
; LINE_WIDTH: 0.66262
G1 X146.159 Y150.643 E.01518
; LINE_WIDTH: 0.613006
G1 X146.184 Y150.943 E.01397
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6314.837
G1 X146.159 Y150.643 E-.02367
G1 X146.135 Y150.344 E-.02367
G1 X146.131 Y149.747 E-.04697
G1 X146.153 Y149.442 E-.02409
G1 X146.175 Y149.137 E-.02409
; WIPE_END
G1 E-.0075 F3600
G1 X148.768 Y146.285 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.636055
G1 F917
G1 X148.496 Y146.42 E.0147
; LINE_WIDTH: 0.673984
G2 X147.711 Y146.862 I2.466 J5.304 E.04635
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5704.652
G1 X148.223 Y146.556 E-.07057
G1 X148.496 Y146.42 E-.03597
G1 X148.768 Y146.285 E-.03597
; WIPE_END
G1 E-.0075 F3600
G1 X152.452 Y146.972 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.676114
G1 F917
G2 X151.417 Y146.372 I-4.264 J6.159 E.0618
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5685.462
G1 X152.045 Y146.709 E-.08488
G1 X152.452 Y146.972 E-.05762
; WIPE_END
G1 E-.0075 F3600
G1 X153.825 Y150.863 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.625502
G1 F917
G1 X153.847 Y150.558 E.01453
; LINE_WIDTH: 0.66923
G2 X153.865 Y149.656 I-5.83 J-.571 E.04608
; LINE_WIDTH: 0.662618
G1 X153.841 Y149.357 E.01518
; LINE_WIDTH: 0.613004
G1 X153.816 Y149.057 E.01397
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6314.859
G1 X153.841 Y149.357 E-.02367
G1 X153.865 Y149.656 E-.02367
G1 X153.869 Y150.253 E-.04697
G1 X153.847 Y150.558 E-.02409
G1 X153.825 Y150.863 E-.02409
; WIPE_END
G1 E-.0075 F3600
G1 X152.289 Y153.138 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.67398
G1 F917
G3 X151.504 Y153.58 I-3.251 J-4.862 E.04635
; LINE_WIDTH: 0.636052
G1 X151.232 Y153.715 E.0147
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6069.475
G1 X151.504 Y153.58 E-.03597
G1 X151.777 Y153.444 E-.03597
G1 X152.289 Y153.138 E-.07057
; WIPE_END
G1 E-.0075 F3600
G1 X152.96 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F917
G1 X152.912 Y151.726 E.00413
G3 X150.094 Y153.363 I-57.782 J-96.174 E.10015
G1 X149.982 Y153.388 E.00354
G1 X149.438 Y153.093 E.01901
G1 X147.134 Y151.763 E.08173
G1 X147.061 Y151.687 E.00325
G1 X147.04 Y150.943 E.02287
G1 X147.04 Y148.4 E.07814
G1 X147.068 Y148.3 E.00318
G1 X147.645 Y147.942 E.02086
G1 X149.906 Y146.637 E.08022
G1 X150.047 Y146.617 E.00438
G3 X152.866 Y148.237 I-67.484 J120.727 E.09989
G1 X152.951 Y148.343 E.0042
G3 X152.961 Y151.54 I-133.319 J1.985 E.09823
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.912 Y151.726 E-.01368
G1 X151.349 Y152.634 E-.12882
; WIPE_END
G1 E-.0075 F3600
G1 X147.548 Y153.028 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.676114
G1 F917
G2 X148.583 Y153.628 I4.264 J-6.159 E.06181
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 3.2
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F5685.462
G1 X147.955 Y153.291 E-.08488
G1 X147.548 Y153.028 E-.05762
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.114 Y145.722 Z3.2 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F925
G1 X149.499 Y145.642 E.01304
; LINE_WIDTH: 0.483482
G1 X149.709 Y145.654 E.00755
; LINE_WIDTH: 0.516965
G1 X149.919 Y145.666 E.00813
; LINE_WIDTH: 0.550448
G2 X150.296 Y145.67 I.207 J-1.803 E.0156
; LINE_WIDTH: 0.516965
G1 X150.462 Y145.662 E.00644
; LINE_WIDTH: 0.483482
G1 X150.629 Y145.654 E.00598
; LINE_WIDTH: 0.449999
G1 X151.128 Y145.763 E.01695
G3 X152.342 Y146.283 I-1.285 J4.679 E.04397
G1 X152.838 Y146.651 E.02046
G1 X153.358 Y147.167 E.02431
; LINE_WIDTH: 0.485067
G1 X153.499 Y147.406 E.00999
; LINE_WIDTH: 0.520135
G1 X153.64 Y147.644 E.01078
; LINE_WIDTH: 0.555202
G3 X154.03 Y148.329 I-15.266 J9.166 E.03291
; LINE_WIDTH: 0.511822
G1 X154.153 Y148.66 E.01348
; LINE_WIDTH: 0.480911
G1 X154.276 Y148.991 E.01259
; LINE_WIDTH: 0.449999
G1 X154.38 Y149.665 E.02265
G1 X154.378 Y150.346 E.02257
G1 X154.253 Y151.101 E.02539
; LINE_WIDTH: 0.46048
G1 X154.009 Y151.756 E.02379
; LINE_WIDTH: 0.504284
G1 X153.867 Y151.986 E.01014
; LINE_WIDTH: 0.548088
G2 X153.604 Y152.442 I3.461 J2.299 E.0217
; LINE_WIDTH: 0.500827
G1 X153.483 Y152.669 E.0096
; LINE_WIDTH: 0.453566
G1 X153.077 Y153.136 E.02071
; LINE_WIDTH: 0.449999
G1 X152.555 Y153.574 E.02261
G1 X151.972 Y153.926 E.02259
G1 X151.344 Y154.182 E.0225
; LINE_WIDTH: 0.474514
G1 X150.724 Y154.319 E.02231
; LINE_WIDTH: 0.502397
G1 X150.608 Y154.318 E.00433
; LINE_WIDTH: 0.530279
G1 X150.493 Y154.316 E.00459
; LINE_WIDTH: 0.545981
G3 X149.716 Y154.338 I-14.094 J-473.685 E.03186
; LINE_WIDTH: 0.505593
G1 X149.462 Y154.346 E.00958
; LINE_WIDTH: 0.465204
G1 X148.627 Y154.169 E.02936
; LINE_WIDTH: 0.449999
G1 X148.007 Y153.91 E.02229
G1 X147.426 Y153.556 E.02257
G1 X146.91 Y153.118 E.02246
; LINE_WIDTH: 0.468858
G1 X146.477 Y152.602 E.02338
; LINE_WIDTH: 0.509714
G1 X146.356 Y152.378 E.00967
; LINE_WIDTH: 0.550569
G2 X146.1 Y151.934 I-4.137 J2.092 E.0212
; LINE_WIDTH: 0.503879
G1 X145.965 Y151.714 E.0097
; LINE_WIDTH: 0.457189
G1 X145.74 Y151.057 E.02345
; LINE_WIDTH: 0.449999
G1 X145.628 Y150.388 E.02251
G1 X145.622 Y149.711 E.02246
G1 X145.738 Y148.948 E.0256
G1 X145.906 Y148.411 E.01866
; LINE_WIDTH: 0.485232
G1 X146.018 Y148.221 E.00794
; LINE_WIDTH: 0.520465
G1 X146.131 Y148.032 E.00857
; LINE_WIDTH: 0.555697
G2 X146.373 Y147.615 I-12.235 J-7.398 E.02018
; LINE_WIDTH: 0.53057
G1 X146.504 Y147.387 E.01044
; LINE_WIDTH: 0.505442
G1 X146.713 Y147.125 E.01263
; LINE_WIDTH: 0.477721
G1 X146.923 Y146.864 E.01188
; LINE_WIDTH: 0.449999
G1 X147.445 Y146.426 E.02261
G1 X148.028 Y146.074 E.02259
G1 X148.656 Y145.818 E.0225
G1 X149.055 Y145.734 E.01352
M204 S10000
G1 X149.034 Y145.337 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F925
G1 X149.447 Y145.25 E.01297
G3 X151.782 Y145.555 I.578 J4.655 E.07314
G1 X152.513 Y145.923 E.02514
G1 X153.052 Y146.312 E.02044
G1 X153.587 Y146.835 E.023
G3 X154.432 Y148.196 I-5.123 J4.121 E.04934
G1 X154.663 Y148.927 E.02355
G1 X154.772 Y149.662 E.02285
G1 X154.765 Y150.407 E.02287
G1 X154.627 Y151.22 E.02534
G1 X154.387 Y151.904 E.02229
G3 X152.76 Y153.908 I-4.606 J-2.077 E.08019
G1 X152.123 Y154.287 E.02279
M73 P90 R1
G1 X151.439 Y154.563 E.02265
G1 X150.753 Y154.727 E.02167
G3 X146.106 Y152.785 I-.719 J-4.81 E.16267
G3 X145.235 Y149.593 I4.018 J-2.812 E.1037
G1 X145.373 Y148.78 E.02534
G1 X145.613 Y148.096 E.02229
G3 X147.24 Y146.092 I4.606 J2.077 E.08019
G1 X147.877 Y145.713 E.02279
G1 X148.561 Y145.437 E.02265
G1 X148.975 Y145.349 E.01301
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.447 Y145.25 E-.03435
G1 X150.064 Y145.211 E-.04405
G1 X150.676 Y145.259 E-.04377
G1 X150.956 Y145.314 E-.02033
; WIPE_END
G1 E-.0075 F3600
G1 X153.346 Y151.631 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.51742
G1 F925
G1 X153.342 Y151.737 E.0041
; LINE_WIDTH: 0.55113
G3 X153.271 Y151.976 I-.252 J.055 E.01078
; LINE_WIDTH: 0.547578
G1 X152.912 Y152.186 E.01708
; LINE_WIDTH: 0.498789
G1 X152.554 Y152.396 E.01543
; LINE_WIDTH: 0.449999
G1 X152.207 Y152.596 E.01327
G1 X150.99 Y153.299 E.04662
; LINE_WIDTH: 0.474514
G1 X150.447 Y153.627 E.02231
; LINE_WIDTH: 0.508076
G1 X150.384 Y153.679 E.00311
; LINE_WIDTH: 0.541637
G1 X150.321 Y153.731 E.00334
; LINE_WIDTH: 0.575198
G1 X150.257 Y153.784 E.00356
G1 X149.934 Y153.823 E.01413
; LINE_WIDTH: 0.552217
G1 X149.637 Y153.655 E.01417
; LINE_WIDTH: 0.518145
G1 X149.34 Y153.486 E.01322
; LINE_WIDTH: 0.484072
G1 X149.043 Y153.318 E.01227
; LINE_WIDTH: 0.449999
G1 X148.697 Y153.118 E.01327
G1 X147.484 Y152.418 E.04645
; LINE_WIDTH: 0.46099
G1 X146.96 Y152.122 E.02049
; LINE_WIDTH: 0.508876
G1 X146.844 Y152.053 E.00514
; LINE_WIDTH: 0.556762
G3 X146.666 Y151.878 I.067 J-.245 E.01092
; LINE_WIDTH: 0.555147
G1 X146.66 Y151.578 E.01252
; LINE_WIDTH: 0.520098
G1 X146.654 Y151.278 E.01167
; LINE_WIDTH: 0.485049
G1 X146.648 Y150.978 E.01081
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.578 E.01327
G1 X146.648 Y148.966 E.05346
G1 X146.648 Y148.566 E.01327
; LINE_WIDTH: 0.486094
G1 X146.642 Y148.442 E.00449
; LINE_WIDTH: 0.522189
G1 X146.635 Y148.318 E.00485
; LINE_WIDTH: 0.558283
G1 X146.629 Y148.194 E.00522
; LINE_WIDTH: 0.568954
G1 X146.82 Y147.92 E.01432
G1 X147.029 Y147.815 E.01002
; LINE_WIDTH: 0.529303
G1 X147.237 Y147.709 E.00927
; LINE_WIDTH: 0.489651
G1 X147.446 Y147.604 E.00851
; LINE_WIDTH: 0.449999
G1 X147.793 Y147.404 E.01327
G1 X149.216 Y146.582 E.05451
G1 X149.562 Y146.382 E.01327
; LINE_WIDTH: 0.499697
G1 X149.761 Y146.277 E.00838
; LINE_WIDTH: 0.549395
G1 X149.96 Y146.171 E.00929
G1 X150.102 Y146.212 E.00611
; LINE_WIDTH: 0.524134
G1 X150.245 Y146.252 E.0058
; LINE_WIDTH: 0.498873
G1 X150.766 Y146.572 E.02271
; LINE_WIDTH: 0.449999
G1 X151.111 Y146.774 E.01327
G1 X152.46 Y147.566 E.05188
G1 X152.805 Y147.768 E.01327
; LINE_WIDTH: 0.485677
G1 X152.96 Y147.848 E.00631
; LINE_WIDTH: 0.521355
G1 X153.116 Y147.929 E.00682
; LINE_WIDTH: 0.557033
G1 X153.271 Y148.009 E.00733
; LINE_WIDTH: 0.574215
G1 X153.402 Y148.321 E.01463
G1 X153.385 Y148.569 E.01078
; LINE_WIDTH: 0.53281
G1 X153.369 Y148.817 E.00994
; LINE_WIDTH: 0.491405
G1 X153.352 Y149.066 E.0091
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.466 E.01327
G1 X153.352 Y151.076 E.05342
G1 X153.352 Y151.476 E.01327
; LINE_WIDTH: 0.48371
G1 X153.348 Y151.572 E.00343
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8167.166
G1 X153.342 Y151.737 E-.01183
G1 X153.337 Y151.868 E-.00931
G1 X153.271 Y151.976 E-.00903
G1 X152.912 Y152.186 E-.0296
G1 X152.554 Y152.396 E-.0296
G1 X152.207 Y152.596 E-.0285
G1 X151.908 Y152.769 E-.02463
; WIPE_END
G1 E-.0075 F3600
G1 X151.441 Y146.383 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.676364
G1 F925
G3 X152.259 Y146.848 I-2.502 J5.355 E.04863
; LINE_WIDTH: 0.649686
G1 X152.48 Y146.991 E.01303
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5933.095
G1 X152.259 Y146.848 E-.03115
G1 X152.038 Y146.705 E-.03115
G1 X151.441 Y146.383 E-.0802
; WIPE_END
G1 E-.0075 F3600
G1 X153.817 Y149.066 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.614687
G1 F925
G1 X153.842 Y149.367 E.0141
; LINE_WIDTH: 0.663814
G1 X153.866 Y149.669 E.01532
; LINE_WIDTH: 0.668194
G3 X153.85 Y150.496 I-5.052 J.317 E.04219
; LINE_WIDTH: 0.632086
G1 X153.832 Y150.727 E.01111
; LINE_WIDTH: 0.595977
G1 X153.814 Y150.957 E.01043
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6509.279
G1 X153.832 Y150.727 E-.01739
G1 X153.85 Y150.496 E-.01739
G1 X153.868 Y150.265 E-.01739
G1 X153.866 Y149.669 E-.04483
G1 X153.842 Y149.367 E-.02275
G1 X153.817 Y149.066 E-.02275
; WIPE_END
G1 E-.0075 F3600
G1 X152.287 Y153.139 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.673696
G1 F925
G3 X151.501 Y153.581 I-3.235 J-4.837 E.0464
; LINE_WIDTH: 0.635464
G1 X151.231 Y153.715 E.01456
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6075.498
G1 X151.501 Y153.581 E-.03569
G1 X151.771 Y153.447 E-.03569
G1 X152.287 Y153.139 E-.07112
; WIPE_END
G1 E-.0075 F3600
G1 X152.96 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F925
G1 X152.912 Y151.726 E.00412
G3 X150.094 Y153.363 I-56.817 J-94.505 E.10016
G1 X149.945 Y153.38 E.00463
G1 X149.906 Y153.363 E.00131
G1 X147.134 Y151.763 E.09833
G1 X147.06 Y151.685 E.00332
G1 X147.04 Y150.934 E.02307
G1 X147.04 Y148.4 E.07787
G1 X147.068 Y148.301 E.00317
G1 X147.642 Y147.943 E.02077
G1 X149.906 Y146.637 E.08031
G1 X150.047 Y146.617 E.00438
G3 X152.866 Y148.237 I-64.425 J115.402 E.09989
G1 X152.951 Y148.344 E.00421
G3 X152.961 Y151.54 I-137.179 J1.989 E.09822
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.912 Y151.726 E-.01365
G1 X151.349 Y152.634 E-.12885
; WIPE_END
G1 E-.0075 F3600
G1 X148.806 Y153.729 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.625995
G1 F925
G1 X148.539 Y153.599 E.01412
; LINE_WIDTH: 0.666992
G3 X147.753 Y153.163 I2.425 J-5.301 E.04571
; LINE_WIDTH: 0.657286
G1 X147.587 Y153.047 E.01015
; LINE_WIDTH: 0.622641
G1 X147.421 Y152.931 E.00958
; LINE_WIDTH: 0.587996
G1 X147.255 Y152.815 E.009
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6604.592
G1 X147.421 Y152.931 E-.01601
G1 X147.587 Y153.047 E-.01601
G1 X147.753 Y153.163 E-.01601
G1 X148.272 Y153.468 E-.04751
G1 X148.539 Y153.599 E-.02347
G1 X148.806 Y153.729 E-.02347
; WIPE_END
G1 E-.0075 F3600
G1 X146.183 Y149.084 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.599572
G1 F925
G1 X146.166 Y149.318 E.01063
; LINE_WIDTH: 0.633366
G1 X146.149 Y149.551 E.01127
; LINE_WIDTH: 0.66716
G2 X146.138 Y150.378 I5.025 J.481 E.0421
; LINE_WIDTH: 0.655582
G1 X146.156 Y150.578 E.01002
; LINE_WIDTH: 0.620672
G1 X146.173 Y150.778 E.00945
; LINE_WIDTH: 0.585762
G1 X146.19 Y150.978 E.00888
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6631.764
G1 X146.173 Y150.778 E-.01507
G1 X146.156 Y150.578 E-.01507
G1 X146.138 Y150.378 E-.01507
G1 X146.132 Y149.785 E-.04452
G1 X146.149 Y149.551 E-.01759
G1 X146.166 Y149.318 E-.01759
G1 X146.183 Y149.084 E-.01759
; WIPE_END
G1 E-.0075 F3600
G1 X147.713 Y146.861 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.673698
G1 F925
G3 X148.499 Y146.419 I3.235 J4.838 E.0464
; LINE_WIDTH: 0.635465
G1 X148.769 Y146.285 E.01456
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 3.4
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F6075.488
G1 X148.499 Y146.419 E-.03569
G1 X148.229 Y146.553 E-.03569
G1 X147.713 Y146.861 E-.07112
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.152 Y145.695 Z3.4 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F904
G1 X149.257 Y145.67 E.00358
; LINE_WIDTH: 0.469229
G1 X149.505 Y145.654 E.00866
; LINE_WIDTH: 0.512303
G1 X149.818 Y145.662 E.01196
; LINE_WIDTH: 0.555377
G2 X150.438 Y145.674 I.754 J-22.437 E.02589
; LINE_WIDTH: 0.51036
G1 X150.745 Y145.678 E.01171
; LINE_WIDTH: 0.465342
G1 X151.404 Y145.837 E.02332
; LINE_WIDTH: 0.449999
G1 X152.037 Y146.108 E.02284
G1 X152.616 Y146.471 E.02269
G1 X153.129 Y146.916 E.02252
; LINE_WIDTH: 0.470238
G1 X153.501 Y147.366 E.02031
; LINE_WIDTH: 0.513046
G1 X153.585 Y147.533 E.00716
; LINE_WIDTH: 0.555854
G1 X153.668 Y147.7 E.00781
; LINE_WIDTH: 0.579032
G2 X154.007 Y148.338 I14.888 J-7.483 E.03158
; LINE_WIDTH: 0.536021
G1 X154.095 Y148.498 E.00734
; LINE_WIDTH: 0.49301
G1 X154.183 Y148.658 E.0067
; LINE_WIDTH: 0.449999
G1 X154.348 Y149.375 E.0244
G1 X154.393 Y150.021 E.02149
G1 X154.33 Y150.74 E.02392
G1 X154.163 Y151.404 E.02272
; LINE_WIDTH: 0.485922
G1 X154.044 Y151.627 E.00912
; LINE_WIDTH: 0.521844
G1 X153.926 Y151.85 E.00986
; LINE_WIDTH: 0.557766
G1 X153.66 Y152.349 E.02369
; LINE_WIDTH: 0.510851
G1 X153.514 Y152.624 E.0119
; LINE_WIDTH: 0.463936
G1 X153.079 Y153.134 E.02299
; LINE_WIDTH: 0.449999
G1 X152.552 Y153.576 E.02281
G1 X151.965 Y153.929 E.02274
G1 X151.333 Y154.186 E.02262
; LINE_WIDTH: 0.462967
G1 X150.623 Y154.339 E.02486
; LINE_WIDTH: 0.509329
G1 X150.262 Y154.335 E.01373
; LINE_WIDTH: 0.55569
G3 X149.577 Y154.328 I.734 J-99.765 E.02859
; LINE_WIDTH: 0.50846
G1 X149.254 Y154.324 E.01225
; LINE_WIDTH: 0.46123
G1 X148.596 Y154.163 E.0231
; LINE_WIDTH: 0.449999
G1 X147.963 Y153.892 E.02284
G1 X147.384 Y153.529 E.02269
G1 X146.871 Y153.084 E.02252
; LINE_WIDTH: 0.459796
G1 X146.495 Y152.638 E.01982
; LINE_WIDTH: 0.500988
G1 X146.41 Y152.471 E.00699
; LINE_WIDTH: 0.54218
G1 X146.326 Y152.304 E.00762
; LINE_WIDTH: 0.576916
G2 X146 Y151.68 I-15.092 J7.484 E.03064
; LINE_WIDTH: 0.534611
G1 X145.908 Y151.511 E.0077
; LINE_WIDTH: 0.492305
G1 X145.817 Y151.342 E.00704
; LINE_WIDTH: 0.449999
G1 X145.652 Y150.625 E.0244
G1 X145.607 Y149.979 E.02149
G1 X145.67 Y149.26 E.02392
G1 X145.837 Y148.596 E.02272
; LINE_WIDTH: 0.485141
G1 X145.972 Y148.346 E.01024
; LINE_WIDTH: 0.520283
G1 X146.107 Y148.096 E.01105
; LINE_WIDTH: 0.555424
G3 X146.372 Y147.617 I10.453 J5.477 E.02284
; LINE_WIDTH: 0.52998
G1 X146.502 Y147.389 E.01042
; LINE_WIDTH: 0.504535
G1 X146.698 Y147.139 E.01195
; LINE_WIDTH: 0.477267
G1 X146.894 Y146.889 E.01125
; LINE_WIDTH: 0.449999
G1 X147.414 Y146.445 E.02268
G1 X147.998 Y146.086 E.02273
G1 X148.631 Y145.823 E.02274
G1 X149.093 Y145.71 E.0158
M204 S10000
G1 X149.059 Y145.315 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F904
G1 X149.164 Y145.289 E.00332
G3 X150.84 Y145.29 I.835 J5.877 E.05169
G1 X151.555 Y145.475 E.02268
G1 X152.242 Y145.774 E.02303
G1 X152.871 Y146.173 E.02289
G1 X153.427 Y146.661 E.02274
G1 X153.9 Y147.228 E.02268
G1 X154.308 Y147.927 E.02487
G1 X154.565 Y148.567 E.0212
G1 X154.739 Y149.344 E.02447
G1 X154.789 Y149.981 E.01961
M73 P91 R1
G1 X154.728 Y150.763 E.02411
G1 X154.55 Y151.496 E.02319
G1 X154.262 Y152.185 E.02295
G1 X153.87 Y152.822 E.02296
G1 X153.384 Y153.389 E.02296
G1 X152.818 Y153.873 E.02289
G1 X152.181 Y154.264 E.02294
G1 X151.492 Y154.551 E.02295
G1 X150.777 Y154.726 E.02261
G1 X150.034 Y154.789 E.02293
G1 X149.222 Y154.725 E.02502
G1 X148.508 Y154.551 E.02258
G1 X147.819 Y154.264 E.02294
G1 X147.183 Y153.873 E.02294
G1 X146.616 Y153.389 E.02289
G1 X146.13 Y152.822 E.02296
G1 X145.738 Y152.185 E.02296
G1 X145.451 Y151.497 E.02294
G1 X145.266 Y150.725 E.02437
G1 X145.211 Y150.019 E.02175
G1 X145.272 Y149.237 E.02411
G1 X145.45 Y148.504 E.02319
G1 X145.738 Y147.815 E.02295
G1 X146.13 Y147.178 E.02296
G1 X146.616 Y146.611 E.02296
G1 X147.182 Y146.127 E.02289
G1 X147.819 Y145.736 E.02294
G1 X148.508 Y145.449 E.02295
G1 X149 Y145.329 E.01558
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.164 Y145.289 E-.01197
G1 X149.472 Y145.253 E-.02209
G1 X150.123 Y145.224 E-.04647
G1 X150.84 Y145.29 E-.0513
G1 X150.985 Y145.327 E-.01067
; WIPE_END
G1 E-.0075 F3600
G1 X153.395 Y151.585 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.576914
G1 F904
G1 X153.405 Y151.673 E.00387
G1 X153.271 Y151.974 E.01435
; LINE_WIDTH: 0.544973
G1 X152.914 Y152.184 E.01697
; LINE_WIDTH: 0.497486
G1 X152.556 Y152.394 E.01536
; LINE_WIDTH: 0.449999
G1 X152.21 Y152.594 E.01327
G1 X150.8 Y153.409 E.054
G1 X150.454 Y153.609 E.01327
; LINE_WIDTH: 0.489226
G1 X150.349 Y153.678 E.00456
; LINE_WIDTH: 0.528453
G1 X150.244 Y153.746 E.00496
; LINE_WIDTH: 0.567679
G1 X150.139 Y153.815 E.00537
G1 X149.976 Y153.826 E.00699
; LINE_WIDTH: 0.571698
G1 X149.754 Y153.785 E.00974
G1 X149.683 Y153.727 E.00395
; LINE_WIDTH: 0.534876
G1 X149.611 Y153.669 E.00368
; LINE_WIDTH: 0.498053
G1 X149.54 Y153.612 E.0034
; LINE_WIDTH: 0.46123
G1 X149.02 Y153.305 E.02057
; LINE_WIDTH: 0.449999
G1 X147.443 Y152.395 E.0604
; LINE_WIDTH: 0.459796
G1 X146.936 Y152.107 E.01982
; LINE_WIDTH: 0.505827
G1 X146.826 Y152.037 E.0049
; LINE_WIDTH: 0.551857
G1 X146.717 Y151.967 E.00539
; LINE_WIDTH: 0.576916
G1 X146.595 Y151.673 E.01385
G1 X146.612 Y151.53 E.00627
; LINE_WIDTH: 0.534611
G1 X146.63 Y151.387 E.00578
; LINE_WIDTH: 0.492305
G1 X146.648 Y151.244 E.00528
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.844 E.01327
G1 X146.648 Y149.158 E.0559
G1 X146.648 Y148.758 E.01327
; LINE_WIDTH: 0.484671
G1 X146.637 Y148.59 E.00608
; LINE_WIDTH: 0.519342
G1 X146.626 Y148.421 E.00656
; LINE_WIDTH: 0.554013
G1 X146.615 Y148.252 E.00704
; LINE_WIDTH: 0.568288
G1 X146.817 Y147.923 E.01656
G1 X147.026 Y147.817 E.01002
; LINE_WIDTH: 0.528859
G1 X147.235 Y147.711 E.00927
; LINE_WIDTH: 0.489429
G1 X147.444 Y147.606 E.00852
; LINE_WIDTH: 0.449999
G1 X147.79 Y147.406 E.01327
G1 X149.2 Y146.591 E.054
G1 X149.546 Y146.391 E.01327
; LINE_WIDTH: 0.485677
G1 X149.671 Y146.319 E.00521
; LINE_WIDTH: 0.521355
G1 X149.796 Y146.247 E.00563
; LINE_WIDTH: 0.557033
G1 X149.921 Y146.174 E.00605
; LINE_WIDTH: 0.572706
G1 X150.253 Y146.216 E.01443
G1 X150.322 Y146.273 E.00387
; LINE_WIDTH: 0.536918
G1 X150.391 Y146.33 E.00361
; LINE_WIDTH: 0.50113
G1 X150.461 Y146.387 E.00335
; LINE_WIDTH: 0.465342
G1 X150.98 Y146.695 E.02077
; LINE_WIDTH: 0.449999
G1 X152.557 Y147.605 E.0604
; LINE_WIDTH: 0.470238
G1 X153.067 Y147.888 E.02032
; LINE_WIDTH: 0.513046
G1 X153.169 Y147.953 E.00464
; LINE_WIDTH: 0.555854
G1 X153.271 Y148.018 E.00506
; LINE_WIDTH: 0.579032
G1 X153.41 Y148.341 E.01534
G1 X153.391 Y148.479 E.00611
; LINE_WIDTH: 0.536021
G1 X153.371 Y148.618 E.00562
; LINE_WIDTH: 0.49301
G1 X153.352 Y148.756 E.00513
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.156 E.01327
G1 X153.352 Y150.842 E.0559
G1 X153.352 Y151.242 E.01327
; LINE_WIDTH: 0.492304
G1 X153.37 Y151.385 E.0053
; LINE_WIDTH: 0.534609
G1 X153.387 Y151.525 E.00564
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7321.701
G1 X153.405 Y151.673 E-.01061
G1 X153.271 Y151.974 E-.02349
G1 X152.914 Y152.184 E-.02955
G1 X152.556 Y152.394 E-.02955
G1 X152.21 Y152.594 E-.0285
G1 X151.957 Y152.741 E-.02081
; WIPE_END
G1 E-.0075 F3600
G1 X147.715 Y153.141 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.673274
G1 F904
G2 X148.508 Y153.585 I3.238 J-4.845 E.04672
; LINE_WIDTH: 0.634063
G1 X148.781 Y153.72 E.01467
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6089.897
G1 X148.508 Y153.585 E-.03575
G1 X148.235 Y153.45 E-.03575
G1 X147.715 Y153.141 E-.071
; WIPE_END
G1 E-.0075 F3600
G1 X146.152 Y149.377 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.677948
G1 F904
G2 X146.149 Y150.586 I7.723 J.622 E.06259
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5669.042
G1 X146.127 Y150.019 E-.06684
G1 X146.152 Y149.377 E-.07566
; WIPE_END
G1 E-.0075 F3600
G1 X147.715 Y146.859 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.673426
G1 F904
G3 X148.508 Y146.415 I3.238 J4.844 E.04674
; LINE_WIDTH: 0.634179
G1 X148.781 Y146.28 E.01467
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6088.702
G1 X148.508 Y146.415 E-.03575
G1 X148.235 Y146.55 E-.03575
G1 X147.715 Y146.859 E-.07101
; WIPE_END
G1 E-.0075 F3600
G1 X152.96 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F904
G1 X152.913 Y151.725 E.00411
G3 X150.094 Y153.363 I-55.878 J-92.88 E.10017
G1 X149.985 Y153.388 E.00343
G3 X147.134 Y151.763 I37.276 J-68.722 E.10084
G1 X147.048 Y151.655 E.00425
G3 X147.04 Y148.4 I212.858 J-2.162 E.10002
G1 X147.068 Y148.301 E.00316
G1 X147.639 Y147.945 E.02069
G1 X149.742 Y146.731 E.07461
G1 X150.015 Y146.612 E.00914
G3 X152.866 Y148.237 I-37.276 J68.723 E.10084
G1 X152.955 Y148.358 E.00465
G3 X152.96 Y151.54 I-369.643 J2.149 E.09777
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.913 Y151.725 E-.01362
G1 X151.349 Y152.634 E-.12888
; WIPE_END
G1 E-.0075 F3600
G1 X152.285 Y146.859 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.673276
G1 F904
G2 X151.492 Y146.415 I-3.238 J4.845 E.04672
; LINE_WIDTH: 0.634064
G1 X151.219 Y146.28 E.01467
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6089.887
G1 X151.492 Y146.415 E-.03575
G1 X151.765 Y146.55 E-.03575
G1 X152.285 Y146.859 E-.071
; WIPE_END
G1 E-.0075 F3600
G1 X153.848 Y150.623 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.677944
G1 F904
G2 X153.851 Y149.414 I-7.723 J-.622 E.06259
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5669.077
G1 X153.873 Y149.981 E-.06684
G1 X153.848 Y150.623 E-.07566
; WIPE_END
G1 E-.0075 F3600
G1 X151.219 Y153.72 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.634162
G1 F904
G1 X151.492 Y153.585 E.01467
; LINE_WIDTH: 0.673412
G2 X152.285 Y153.141 I-2.446 J-5.289 E.04674
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 3.6
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F5709.827
G1 X151.765 Y153.45 E-.07101
G1 X151.492 Y153.585 E-.03575
G1 X151.219 Y153.72 E-.03575
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.183 Y145.689 Z3.6 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F895
G1 X149.283 Y145.665 E.00341
; LINE_WIDTH: 0.476546
G1 X149.466 Y145.662 E.00649
; LINE_WIDTH: 0.503092
G1 X149.65 Y145.658 E.00689
; LINE_WIDTH: 0.529235
G1 X149.902 Y145.663 E.00998
; LINE_WIDTH: 0.555377
G2 X150.341 Y145.668 I.294 J-7.891 E.01836
; LINE_WIDTH: 0.520251
G1 X150.529 Y145.666 E.00731
; LINE_WIDTH: 0.485125
G1 X150.717 Y145.665 E.00678
; LINE_WIDTH: 0.449999
G1 X151.393 Y145.833 E.02311
G1 X152.031 Y146.104 E.02297
G1 X152.615 Y146.47 E.02285
G1 X153.132 Y146.919 E.02272
; LINE_WIDTH: 0.469877
G1 X153.501 Y147.366 E.02019
; LINE_WIDTH: 0.51282
G1 X153.585 Y147.534 E.00718
; LINE_WIDTH: 0.555763
G1 X153.669 Y147.702 E.00784
; LINE_WIDTH: 0.579399
G2 X154.01 Y148.345 I19.168 J-9.719 E.03182
; LINE_WIDTH: 0.536266
G1 X154.099 Y148.51 E.00753
; LINE_WIDTH: 0.493133
G1 X154.189 Y148.674 E.00687
; LINE_WIDTH: 0.449999
G1 X154.345 Y149.351 E.02306
G1 X154.393 Y150.041 E.02293
G1 X154.333 Y150.726 E.0228
G1 X154.168 Y151.389 E.02268
; LINE_WIDTH: 0.485845
G1 X154.048 Y151.617 E.00928
; LINE_WIDTH: 0.52169
G1 X153.928 Y151.844 E.01003
; LINE_WIDTH: 0.557535
G3 X153.662 Y152.346 I-119.379 J-62.965 E.02384
; LINE_WIDTH: 0.510854
G1 X153.516 Y152.621 E.01187
; LINE_WIDTH: 0.464172
G1 X153.081 Y153.132 E.02301
; LINE_WIDTH: 0.449999
G1 X152.55 Y153.578 E.02301
G1 X151.958 Y153.933 E.02289
G1 X151.322 Y154.19 E.02276
G1 X150.592 Y154.35 E.02479
; LINE_WIDTH: 0.485746
G1 X150.36 Y154.344 E.00837
; LINE_WIDTH: 0.521493
G1 X150.128 Y154.339 E.00905
; LINE_WIDTH: 0.55724
G2 X149.59 Y154.329 I-.986 J39.324 E.02253
; LINE_WIDTH: 0.513967
G1 X149.285 Y154.325 E.01173
; LINE_WIDTH: 0.470693
G1 X148.607 Y154.167 E.02428
; LINE_WIDTH: 0.449999
G1 X147.969 Y153.896 E.02297
G1 X147.385 Y153.53 E.02285
G1 X146.868 Y153.081 E.02272
; LINE_WIDTH: 0.459318
G1 X146.495 Y152.637 E.01969
; LINE_WIDTH: 0.500611
G1 X146.41 Y152.47 E.00701
; LINE_WIDTH: 0.541904
G1 X146.325 Y152.302 E.00764
; LINE_WIDTH: 0.577218
G2 X145.997 Y151.674 I-19.858 J9.941 E.03085
; LINE_WIDTH: 0.534812
G1 X145.904 Y151.5 E.0079
; LINE_WIDTH: 0.492406
G1 X145.811 Y151.326 E.00722
; LINE_WIDTH: 0.449999
G1 X145.655 Y150.649 E.02306
G1 X145.607 Y149.959 E.02293
G1 X145.667 Y149.274 E.0228
G1 X145.832 Y148.611 E.02268
; LINE_WIDTH: 0.485189
G1 X145.967 Y148.358 E.01031
; LINE_WIDTH: 0.520378
G1 X146.102 Y148.106 E.01113
; LINE_WIDTH: 0.555567
G3 X146.368 Y147.623 I10.178 J5.287 E.02306
; LINE_WIDTH: 0.529164
G1 X146.499 Y147.391 E.01054
; LINE_WIDTH: 0.502761
G1 X146.695 Y147.141 E.01191
; LINE_WIDTH: 0.47638
G1 X146.891 Y146.891 E.01122
; LINE_WIDTH: 0.449999
G1 X147.416 Y146.443 E.02288
G1 X148.004 Y146.083 E.02288
G1 X148.642 Y145.819 E.02288
G1 X149.124 Y145.703 E.01647
M204 S10000
G1 X149.091 Y145.308 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F895
G1 X149.251 Y145.27 E.00505
G1 X150 Y145.211 E.02309
G1 X150.749 Y145.27 E.02309
G1 X151.48 Y145.445 E.02309
M73 P92 R1
G1 X152.174 Y145.733 E.02309
G1 X152.815 Y146.125 E.02309
G1 X153.387 Y146.613 E.02309
G1 X153.837 Y147.141 E.02131
G3 X154.57 Y148.582 I-5.502 J3.705 E.04982
G1 X154.736 Y149.321 E.02325
G1 X154.784 Y150.072 E.02313
G1 X154.73 Y150.749 E.02088
G1 X154.555 Y151.48 E.02309
G1 X154.267 Y152.174 E.02309
G1 X153.875 Y152.815 E.02309
G1 X153.387 Y153.387 E.02309
G1 X152.815 Y153.875 E.02309
G1 X152.174 Y154.267 E.02309
G1 X151.48 Y154.555 E.02309
G1 X150.749 Y154.73 E.02309
G1 X150 Y154.789 E.02309
G1 X149.251 Y154.73 E.02309
G1 X148.52 Y154.555 E.02309
G1 X147.826 Y154.267 E.02309
G1 X147.185 Y153.875 E.02309
G1 X146.613 Y153.387 E.02309
G1 X146.125 Y152.815 E.02309
G1 X145.733 Y152.174 E.02309
G1 X145.445 Y151.48 E.02309
G1 X145.27 Y150.749 E.02309
G1 X145.211 Y150 E.02309
G1 X145.27 Y149.251 E.02309
G1 X145.445 Y148.52 E.02309
G1 X145.733 Y147.826 E.02309
G1 X146.125 Y147.185 E.02309
G1 X146.613 Y146.613 E.02309
G1 X147.185 Y146.125 E.02309
G1 X147.826 Y145.733 E.02309
G1 X148.52 Y145.445 E.02309
G1 X149.033 Y145.322 E.01621
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.251 Y145.27 E-.01597
G1 X150 Y145.211 E-.05355
G1 X150.749 Y145.27 E-.05355
G1 X151.014 Y145.333 E-.01943
; WIPE_END
G1 E-.0075 F3600
G1 X153.395 Y151.586 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.577217
G1 F895
G1 X153.406 Y151.673 E.00382
G1 X153.273 Y151.973 E.01429
; LINE_WIDTH: 0.545175
G1 X152.916 Y152.183 E.01695
; LINE_WIDTH: 0.497587
G1 X152.559 Y152.393 E.01534
; LINE_WIDTH: 0.449999
G1 X152.213 Y152.593 E.01327
G1 X150.779 Y153.421 E.05492
G1 X150.433 Y153.621 E.01327
; LINE_WIDTH: 0.484086
G1 X150.305 Y153.691 E.00523
; LINE_WIDTH: 0.518173
G1 X150.177 Y153.76 E.00563
; LINE_WIDTH: 0.552259
G1 X150.05 Y153.83 E.00604
; LINE_WIDTH: 0.573371
G1 X149.753 Y153.785 E.01297
G1 X149.689 Y153.734 E.00355
; LINE_WIDTH: 0.539145
G1 X149.626 Y153.682 E.00332
; LINE_WIDTH: 0.504919
G1 X149.562 Y153.63 E.00309
; LINE_WIDTH: 0.470693
G1 X149.029 Y153.31 E.02167
; LINE_WIDTH: 0.449999
G1 X147.441 Y152.393 E.06084
; LINE_WIDTH: 0.459318
G1 X146.936 Y152.107 E.01969
; LINE_WIDTH: 0.50551
G1 X146.826 Y152.036 E.00492
; LINE_WIDTH: 0.551702
G1 X146.716 Y151.966 E.00541
; LINE_WIDTH: 0.577218
G1 X146.594 Y151.673 E.01381
G1 X146.612 Y151.524 E.00651
; LINE_WIDTH: 0.534812
G1 X146.63 Y151.376 E.006
; LINE_WIDTH: 0.492406
G1 X146.648 Y151.227 E.00548
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.827 E.01327
G1 X146.648 Y149.173 E.05487
G1 X146.648 Y148.773 E.01327
; LINE_WIDTH: 0.484744
G1 X146.636 Y148.601 E.00619
; LINE_WIDTH: 0.519488
G1 X146.625 Y148.43 E.00668
; LINE_WIDTH: 0.554232
G1 X146.613 Y148.258 E.00717
; LINE_WIDTH: 0.567511
G1 X146.814 Y147.926 E.01657
G1 X147.023 Y147.82 E.01003
; LINE_WIDTH: 0.528341
G1 X147.232 Y147.714 E.00928
; LINE_WIDTH: 0.48917
G1 X147.441 Y147.607 E.00853
; LINE_WIDTH: 0.449999
G1 X147.787 Y147.407 E.01327
G1 X149.221 Y146.579 E.05492
G1 X149.567 Y146.379 E.01327
; LINE_WIDTH: 0.485568
G1 X149.69 Y146.311 E.00507
; LINE_WIDTH: 0.521136
G1 X149.813 Y146.242 E.00548
; LINE_WIDTH: 0.556704
G3 X150.066 Y146.175 I.186 J.189 E.01147
; LINE_WIDTH: 0.555377
G1 X150.368 Y146.347 E.01449
; LINE_WIDTH: 0.520251
G1 X150.669 Y146.518 E.01349
; LINE_WIDTH: 0.485125
G1 X150.971 Y146.69 E.0125
; LINE_WIDTH: 0.449999
G1 X151.317 Y146.89 E.01327
G1 X152.559 Y147.607 E.04757
; LINE_WIDTH: 0.469877
G1 X153.067 Y147.888 E.02019
; LINE_WIDTH: 0.51282
G1 X153.169 Y147.954 E.00466
; LINE_WIDTH: 0.555763
G1 X153.272 Y148.019 E.00508
; LINE_WIDTH: 0.579399
G1 X153.41 Y148.342 E.01534
G1 X153.391 Y148.485 E.00634
; LINE_WIDTH: 0.536266
G1 X153.372 Y148.629 E.00583
; LINE_WIDTH: 0.493133
G1 X153.352 Y148.773 E.00532
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.173 E.01327
G1 X153.352 Y150.827 E.05487
M73 P92 R0
G1 X153.352 Y151.227 E.01327
; LINE_WIDTH: 0.492405
G1 X153.37 Y151.376 E.00548
; LINE_WIDTH: 0.534811
G1 X153.388 Y151.524 E.006
; LINE_WIDTH: 0.577217
G1 X153.388 Y151.526 E.00008
M204 S10000
G1 X152.96 Y151.6 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F895
G1 X152.913 Y151.725 E.0041
G3 X150.094 Y153.363 I-54.964 J-91.299 E.10018
G1 X149.985 Y153.388 E.00344
G3 X148.696 Y152.665 I16.429 J-30.802 E.04543
G1 X147.134 Y151.763 E.0554
G1 X147.048 Y151.653 E.00432
G3 X147.04 Y148.4 I225.299 J-2.148 E.09996
G1 X147.068 Y148.301 E.00315
G1 X147.637 Y147.947 E.0206
G1 X149.906 Y146.637 E.0805
G1 X150.047 Y146.617 E.00438
G3 X152.866 Y148.237 I-96.739 J171.644 E.09989
G1 X152.955 Y148.359 E.00466
G3 X152.96 Y151.54 I-371.03 J2.136 E.09775
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.913 Y151.725 E-.01359
G1 X151.349 Y152.634 E-.12891
; WIPE_END
G1 E-.0075 F3600
G1 X147.717 Y153.142 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.672956
G1 F895
G2 X148.515 Y153.589 I3.238 J-4.846 E.047
; LINE_WIDTH: 0.632885
G1 X148.79 Y153.724 E.01473
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6102.057
G1 X148.515 Y153.589 E-.03574
G1 X148.24 Y153.453 E-.03574
G1 X147.717 Y153.142 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X146.151 Y149.39 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.678264
G1 F895
G2 X146.151 Y150.61 I7.746 J.61 E.06319
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5666.222
G1 X146.127 Y150 E-.07125
G1 X146.151 Y149.39 E-.07125
; WIPE_END
G1 E-.0075 F3600
G1 X148.79 Y146.276 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.633044
G1 F895
G1 X148.515 Y146.411 E.01473
; LINE_WIDTH: 0.67316
G2 X147.717 Y146.858 I2.44 J5.293 E.04702
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5712.11
G1 X148.24 Y146.547 E-.07103
G1 X148.515 Y146.411 E-.03574
G1 X148.79 Y146.276 E-.03574
; WIPE_END
G1 E-.0075 F3600
G1 X152.283 Y146.858 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.672956
G1 F895
G2 X151.485 Y146.411 I-3.237 J4.846 E.047
; LINE_WIDTH: 0.632886
G1 X151.21 Y146.276 E.01473
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6102.047
G1 X151.485 Y146.411 E-.03574
G1 X151.76 Y146.547 E-.03574
G1 X152.283 Y146.858 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X153.849 Y150.61 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.678262
G1 F895
G2 X153.849 Y149.39 I-7.747 J-.61 E.06319
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5666.24
G1 X153.873 Y150 E-.07125
G1 X153.849 Y150.61 E-.07125
; WIPE_END
G1 E-.0075 F3600
G1 X151.21 Y153.724 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.633027
G1 F895
G1 X151.485 Y153.589 E.01473
; LINE_WIDTH: 0.673144
G2 X152.283 Y153.142 I-2.44 J-5.293 E.04702
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 3.8
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F5712.255
G1 X151.76 Y153.453 E-.07103
G1 X151.485 Y153.589 E-.03574
G1 X151.21 Y153.724 E-.03574
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.217 Y145.696 Z3.8 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F904
G1 X149.285 Y145.679 E.00233
; LINE_WIDTH: 0.464267
G1 X149.511 Y145.664 E.00778
; LINE_WIDTH: 0.506285
G1 X149.831 Y145.672 E.01208
; LINE_WIDTH: 0.548302
G2 X150.433 Y145.679 I.456 J-12.128 E.02478
; LINE_WIDTH: 0.499151
G1 X150.715 Y145.679 E.01047
; LINE_WIDTH: 0.449999
G1 X151.388 Y145.847 E.02303
G1 X152.024 Y146.117 E.0229
G1 X152.606 Y146.481 E.02277
G1 X153.121 Y146.928 E.02265
; LINE_WIDTH: 0.468959
G1 X153.492 Y147.377 E.02021
; LINE_WIDTH: 0.508742
G1 X153.577 Y147.543 E.00706
; LINE_WIDTH: 0.548524
G1 X153.661 Y147.709 E.00767
; LINE_WIDTH: 0.572214
G2 X153.998 Y148.348 I29.659 J-15.206 E.03118
; LINE_WIDTH: 0.531476
G1 X154.087 Y148.513 E.00744
; LINE_WIDTH: 0.490738
G1 X154.175 Y148.678 E.00682
; LINE_WIDTH: 0.449999
G1 X154.331 Y149.353 E.02299
G1 X154.379 Y150.04 E.02285
G1 X154.319 Y150.723 E.02273
G1 X154.161 Y151.362 E.02182
; LINE_WIDTH: 0.483423
G1 X154.04 Y151.597 E.0095
; LINE_WIDTH: 0.516846
G1 X153.919 Y151.832 E.01022
; LINE_WIDTH: 0.550269
G3 X153.652 Y152.339 I-15.412 J-7.796 E.02369
; LINE_WIDTH: 0.506866
G1 X153.506 Y152.611 E.01166
; LINE_WIDTH: 0.463462
G1 X153.072 Y153.121 E.02296
; LINE_WIDTH: 0.449999
G1 X152.542 Y153.566 E.02294
G1 X151.952 Y153.92 E.02281
G1 X151.318 Y154.176 E.02269
G1 X150.591 Y154.335 E.02467
; LINE_WIDTH: 0.483358
G1 X150.36 Y154.331 E.0083
; LINE_WIDTH: 0.516717
G1 X150.129 Y154.327 E.00893
; LINE_WIDTH: 0.550075
G3 X149.593 Y154.318 I1.518 J-96.981 E.02217
; LINE_WIDTH: 0.509618
G1 X149.287 Y154.312 E.01161
; LINE_WIDTH: 0.469161
G1 X148.635 Y154.16 E.02327
; LINE_WIDTH: 0.449999
G1 X147.975 Y153.882 E.02376
G1 X147.394 Y153.519 E.02271
G1 X146.879 Y153.072 E.02265
; LINE_WIDTH: 0.459219
G1 X146.504 Y152.626 E.01975
; LINE_WIDTH: 0.49738
G1 X146.419 Y152.46 E.0069
; LINE_WIDTH: 0.535541
G1 X146.333 Y152.295 E.00748
; LINE_WIDTH: 0.570064
G2 X146.009 Y151.67 I-32.914 J16.696 E.03024
; LINE_WIDTH: 0.530043
G1 X145.917 Y151.496 E.00781
; LINE_WIDTH: 0.490021
G1 X145.825 Y151.322 E.00717
; LINE_WIDTH: 0.449999
G1 X145.669 Y150.647 E.02299
G1 X145.621 Y149.96 E.02285
G1 X145.681 Y149.277 E.02273
G1 X145.839 Y148.638 E.02182
; LINE_WIDTH: 0.499221
G1 X146.042 Y148.249 E.01634
; LINE_WIDTH: 0.548443
G3 X146.508 Y147.401 I11.556 J5.799 E.03986
; LINE_WIDTH: 0.500698
G1 X146.705 Y147.151 E.01186
; LINE_WIDTH: 0.475349
G1 X146.902 Y146.902 E.0112
; LINE_WIDTH: 0.449999
G1 X147.424 Y146.455 E.02281
G1 X148.011 Y146.096 E.02281
M73 P93 R0
G1 X148.646 Y145.833 E.02281
G1 X149.159 Y145.71 E.01749
M204 S10000
G1 X149.126 Y145.314 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F904
G1 X149.253 Y145.284 E.00403
G1 X150 Y145.225 E.02302
G1 X150.747 Y145.284 E.02303
G1 X151.476 Y145.459 E.02302
G1 X152.168 Y145.745 E.02302
G1 X152.807 Y146.137 E.02302
G1 X153.377 Y146.623 E.02302
G1 X153.826 Y147.149 E.02125
G3 X154.556 Y148.586 I-5.476 J3.688 E.04965
G1 X154.722 Y149.322 E.02318
G1 X154.77 Y150.071 E.02306
G1 X154.716 Y150.747 E.02084
G1 X154.548 Y151.452 E.02228
G1 X154.254 Y152.168 E.02378
G1 X153.863 Y152.807 E.02301
G1 X153.377 Y153.377 E.02302
G1 X152.807 Y153.863 E.02302
G1 X152.168 Y154.255 E.02302
G1 X151.476 Y154.541 E.02302
G1 X150.747 Y154.716 E.02302
G1 X150 Y154.775 E.02302
G1 X149.253 Y154.716 E.02303
G1 X148.548 Y154.548 E.02228
G1 X147.832 Y154.254 E.02378
G1 X147.193 Y153.863 E.02301
G1 X146.623 Y153.377 E.02302
G1 X146.137 Y152.807 E.02302
G1 X145.745 Y152.168 E.02302
G1 X145.459 Y151.476 E.02302
G1 X145.284 Y150.747 E.02302
G1 X145.225 Y150 E.02302
G1 X145.284 Y149.253 E.02303
G1 X145.452 Y148.548 E.02228
G1 X145.746 Y147.832 E.02378
G1 X146.137 Y147.193 E.02301
G1 X146.623 Y146.623 E.02302
G1 X147.193 Y146.137 E.02302
G1 X147.832 Y145.745 E.02302
G1 X148.524 Y145.459 E.02302
G1 X149.067 Y145.328 E.01715
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.253 Y145.284 E-.01362
G1 X150 Y145.225 E-.05339
G1 X150.747 Y145.284 E-.05339
G1 X151.049 Y145.356 E-.0221
; WIPE_END
G1 E-.0075 F3600
G1 X153.368 Y151.748 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.569737
G1 F904
G1 X153.27 Y151.97 E.01043
; LINE_WIDTH: 0.538365
G1 X152.914 Y152.182 E.01673
; LINE_WIDTH: 0.494182
G1 X152.557 Y152.394 E.01524
; LINE_WIDTH: 0.449999
G1 X152.211 Y152.594 E.01327
G1 X150.781 Y153.42 E.05477
G1 X150.435 Y153.62 E.01327
; LINE_WIDTH: 0.497565
G1 X150.242 Y153.723 E.00811
; LINE_WIDTH: 0.54513
G1 X150.049 Y153.826 E.00895
; LINE_WIDTH: 0.566204
G1 X149.754 Y153.782 E.01275
G1 X149.518 Y153.628 E.012
; LINE_WIDTH: 0.527469
G1 X149.282 Y153.474 E.01111
; LINE_WIDTH: 0.488734
G1 X149.047 Y153.32 E.01022
; LINE_WIDTH: 0.449999
G1 X148.7 Y153.12 E.01327
G1 X147.442 Y152.394 E.04819
; LINE_WIDTH: 0.459219
G1 X146.936 Y152.107 E.01975
; LINE_WIDTH: 0.499982
G1 X146.815 Y152.017 E.0056
; LINE_WIDTH: 0.540744
G1 X146.695 Y151.927 E.0061
; LINE_WIDTH: 0.570064
G1 X146.598 Y151.672 E.01174
G1 X146.614 Y151.523 E.00644
; LINE_WIDTH: 0.530043
G1 X146.631 Y151.374 E.00595
; LINE_WIDTH: 0.490021
G1 X146.648 Y151.225 E.00546
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.825 E.01327
G1 X146.648 Y149.198 E.05397
G1 X146.648 Y148.798 E.01327
; LINE_WIDTH: 0.499219
G1 X146.632 Y148.528 E.01004
; LINE_WIDTH: 0.548439
G1 X146.616 Y148.259 E.01112
; LINE_WIDTH: 0.560642
G1 X146.818 Y147.928 E.01634
G1 X147.026 Y147.82 E.00988
; LINE_WIDTH: 0.523761
G1 X147.234 Y147.713 E.00918
; LINE_WIDTH: 0.48688
G1 X147.443 Y147.606 E.00848
; LINE_WIDTH: 0.449999
G1 X147.789 Y147.406 E.01327
G1 X149.219 Y146.58 E.05477
G1 X149.565 Y146.38 E.01327
; LINE_WIDTH: 0.49976
G1 X149.751 Y146.279 E.00788
; LINE_WIDTH: 0.549521
G1 X149.937 Y146.177 E.00874
G1 X150.065 Y146.179 E.00531
; LINE_WIDTH: 0.548302
G1 X150.519 Y146.435 E.02144
; LINE_WIDTH: 0.499151
G1 X150.972 Y146.691 E.01936
; LINE_WIDTH: 0.449999
G1 X151.319 Y146.891 E.01327
G1 X152.558 Y147.606 E.04746
; LINE_WIDTH: 0.468959
G1 X153.066 Y147.889 E.02021
; LINE_WIDTH: 0.508742
G1 X153.168 Y147.955 E.0046
; LINE_WIDTH: 0.548524
G1 X153.269 Y148.022 E.005
; LINE_WIDTH: 0.572214
G1 X153.407 Y148.342 E.01505
G1 X153.389 Y148.487 E.00627
; LINE_WIDTH: 0.531476
G1 X153.37 Y148.631 E.00579
; LINE_WIDTH: 0.490738
G1 X153.352 Y148.775 E.00531
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.175 E.01327
G1 X153.352 Y150.802 E.05397
G1 X153.352 Y151.202 E.01327
; LINE_WIDTH: 0.489912
G1 X153.369 Y151.359 E.00573
; LINE_WIDTH: 0.529825
G1 X153.385 Y151.515 E.00624
; LINE_WIDTH: 0.569737
G1 X153.402 Y151.672 E.00675
G1 X153.392 Y151.693 E.00102
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6833.492
G1 X153.27 Y151.97 E-.02159
G1 X152.914 Y152.182 E-.02953
G1 X152.557 Y152.394 E-.02953
G1 X152.211 Y152.594 E-.0285
G1 X151.806 Y152.828 E-.03336
; WIPE_END
G1 E-.0075 F3600
G1 X147.721 Y153.136 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.658632
G1 F904
G2 X148.527 Y153.586 I3.196 J-4.779 E.04636
; LINE_WIDTH: 0.615905
G1 X148.813 Y153.726 E.01484
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6282.887
G1 X148.527 Y153.586 E-.03648
G1 X148.242 Y153.446 E-.03648
G1 X147.721 Y153.136 E-.06953
; WIPE_END
G1 E-.0075 F3600
G1 X152.96 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F904
G1 X152.913 Y151.725 E.0041
G3 X150.094 Y153.363 I-55.121 J-91.569 E.10018
G1 X149.985 Y153.388 E.00344
G3 X148.694 Y152.664 I16.052 J-30.13 E.04551
G1 X147.134 Y151.763 E.05533
G1 X147.047 Y151.653 E.00433
G3 X147.04 Y148.4 I227.854 J-2.148 E.09995
G1 X147.068 Y148.301 E.00315
G1 X147.638 Y147.946 E.02066
G1 X149.906 Y146.637 E.08045
G1 X150.047 Y146.617 E.00438
G3 X152.866 Y148.237 I-96.933 J171.982 E.09989
G1 X152.955 Y148.359 E.00466
G3 X152.96 Y151.54 I-371.434 J2.137 E.09775
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.913 Y151.725 E-.01359
G1 X151.349 Y152.634 E-.12891
; WIPE_END
G1 E-.0075 F3600
G1 X146.158 Y149.391 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.663982
G1 F904
G2 X146.158 Y150.609 I7.737 J.609 E.06169
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5796.523
G1 X146.134 Y150 E-.07121
G1 X146.158 Y149.391 E-.07129
; WIPE_END
G1 E-.0075 F3600
G1 X147.721 Y146.864 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.658864
G1 F904
G3 X148.518 Y146.418 I3.232 J4.837 E.04587
; LINE_WIDTH: 0.618827
G1 X148.792 Y146.282 E.01435
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6251.01
G1 X148.518 Y146.418 E-.03574
G1 X148.244 Y146.553 E-.03574
G1 X147.721 Y146.864 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X152.279 Y146.864 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.658684
G1 F904
G2 X151.482 Y146.418 I-3.232 J4.837 E.04585
; LINE_WIDTH: 0.618687
G1 X151.208 Y146.282 E.01435
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6252.53
G1 X151.482 Y146.418 E-.03574
G1 X151.756 Y146.553 E-.03574
G1 X152.279 Y146.864 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X153.842 Y150.609 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.663982
G1 F904
G2 X153.842 Y149.391 I-7.737 J-.609 E.06169
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F5796.523
G1 X153.866 Y150 E-.07121
G1 X153.842 Y150.609 E-.07129
; WIPE_END
G1 E-.0075 F3600
G1 X152.279 Y153.136 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.65885
G1 F904
G3 X151.482 Y153.582 I-3.232 J-4.837 E.04587
; LINE_WIDTH: 0.618812
G1 X151.208 Y153.718 E.01435
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 4
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F6251.173
G1 X151.482 Y153.582 E-.03574
G1 X151.756 Y153.447 E-.03574
G1 X152.279 Y153.136 E-.07103
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.257 Y145.729 Z4 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F886
G1 X149.293 Y145.72 E.00124
; LINE_WIDTH: 0.462428
G1 X149.524 Y145.703 E.0079
; LINE_WIDTH: 0.49508
G1 X149.834 Y145.707 E.01144
; LINE_WIDTH: 0.527732
G3 X150.426 Y145.715 I-.338 J45.784 E.02336
; LINE_WIDTH: 0.488866
G1 X150.707 Y145.72 E.01021
; LINE_WIDTH: 0.449999
G1 X151.374 Y145.886 E.02281
G1 X152.003 Y146.153 E.02268
G1 X152.58 Y146.513 E.02256
G1 X153.091 Y146.957 E.02243
; LINE_WIDTH: 0.465934
G1 X153.466 Y147.408 E.02026
; LINE_WIDTH: 0.496713
G1 X153.552 Y147.569 E.00672
; LINE_WIDTH: 0.527491
G1 X153.638 Y147.729 E.00718
; LINE_WIDTH: 0.551353
G3 X153.965 Y148.358 I-45.097 J23.868 E.02936
; LINE_WIDTH: 0.517569
G1 X154.05 Y148.523 E.0072
; LINE_WIDTH: 0.483784
G1 X154.135 Y148.689 E.00669
; LINE_WIDTH: 0.449999
G1 X154.29 Y149.358 E.02277
G1 X154.337 Y150.039 E.02264
G1 X154.278 Y150.715 E.02252
G1 X154.116 Y151.37 E.02239
; LINE_WIDTH: 0.489582
G1 X153.942 Y151.713 E.014
; LINE_WIDTH: 0.529165
G3 X153.623 Y152.319 I-8.605 J-4.145 E.02714
; LINE_WIDTH: 0.495152
G1 X153.478 Y152.582 E.01107
; LINE_WIDTH: 0.461139
G1 X153.043 Y153.091 E.0228
; LINE_WIDTH: 0.449999
G1 X152.519 Y153.531 E.02272
G1 X151.935 Y153.882 E.0226
G1 X151.307 Y154.136 E.02247
G1 X150.59 Y154.294 E.02434
; LINE_WIDTH: 0.489631
G1 X150.247 Y154.293 E.0125
; LINE_WIDTH: 0.529262
G3 X149.599 Y154.283 I-.158 J-10.132 E.02567
; LINE_WIDTH: 0.497402
G1 X149.295 Y154.273 E.01126
; LINE_WIDTH: 0.465541
G1 X148.626 Y154.114 E.02368
; LINE_WIDTH: 0.449999
G1 X147.997 Y153.847 E.02268
G1 X147.42 Y153.487 E.02256
G1 X146.909 Y153.043 E.02243
; LINE_WIDTH: 0.482502
G1 X146.44 Y152.441 E.02735
; LINE_WIDTH: 0.515895
G1 X146.285 Y152.138 E.01312
; LINE_WIDTH: 0.549288
G3 X145.998 Y151.573 I81.537 J-41.864 E.02616
; LINE_WIDTH: 0.499644
G1 X145.865 Y151.311 E.01092
; LINE_WIDTH: 0.449999
G1 X145.71 Y150.642 E.02277
M73 P94 R0
G1 X145.663 Y149.961 E.02264
G1 X145.722 Y149.285 E.02251
G1 X145.884 Y148.63 E.02239
; LINE_WIDTH: 0.489018
G1 X146.078 Y148.254 E.01535
; LINE_WIDTH: 0.528037
G3 X146.535 Y147.429 I7.834 J3.797 E.03733
; LINE_WIDTH: 0.493544
G1 X146.931 Y146.931 E.02336
; LINE_WIDTH: 0.449999
G1 X147.449 Y146.489 E.02259
G1 X148.03 Y146.133 E.02259
G1 X148.659 Y145.872 E.02259
G1 X149.199 Y145.743 E.01842
M204 S10000
G1 X149.166 Y145.347 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F886
G1 X149.26 Y145.325 E.00297
G1 X150 Y145.266 E.02282
G1 X150.74 Y145.325 E.02282
G1 X151.463 Y145.498 E.02282
G1 X152.149 Y145.782 E.02282
G1 X152.782 Y146.17 E.02282
G1 X153.347 Y146.653 E.02282
G1 X153.793 Y147.175 E.0211
G3 X154.516 Y148.598 I-5.4 J3.64 E.04916
G1 X154.681 Y149.327 E.02298
G1 X154.728 Y150.069 E.02286
G1 X154.675 Y150.74 E.02068
G1 X154.502 Y151.463 E.02282
G1 X154.218 Y152.149 E.02282
G1 X153.83 Y152.782 E.02282
G1 X153.347 Y153.347 E.02282
G1 X152.782 Y153.83 E.02282
G1 X152.149 Y154.218 E.02282
G1 X151.463 Y154.502 E.02282
G1 X150.74 Y154.675 E.02282
G1 X150 Y154.734 E.02282
G1 X149.26 Y154.675 E.02282
G1 X148.537 Y154.502 E.02282
G1 X147.851 Y154.218 E.02282
G1 X147.218 Y153.83 E.02282
G1 X146.653 Y153.347 E.02282
G1 X146.17 Y152.782 E.02282
G1 X145.782 Y152.149 E.02282
G1 X145.498 Y151.463 E.02282
G1 X145.325 Y150.74 E.02282
G1 X145.266 Y150 E.02282
G1 X145.325 Y149.26 E.02282
G1 X145.498 Y148.537 E.02282
G1 X145.782 Y147.851 E.02282
G1 X146.17 Y147.218 E.02282
G1 X146.653 Y146.653 E.02282
G1 X147.218 Y146.17 E.02282
G1 X147.851 Y145.782 E.02282
G1 X148.537 Y145.498 E.02282
G1 X149.107 Y145.361 E.01801
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.26 Y145.325 E-.01116
G1 X150 Y145.266 E-.05292
G1 X150.74 Y145.325 E-.05292
G1 X151.088 Y145.408 E-.02549
; WIPE_END
G1 E-.0075 F3600
G1 X153.359 Y151.744 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.549284
G1 F886
G1 X153.262 Y151.964 E.00992
; LINE_WIDTH: 0.518671
G1 X152.907 Y152.18 E.0161
; LINE_WIDTH: 0.484335
G1 X152.553 Y152.397 E.01494
; LINE_WIDTH: 0.449999
G1 X152.206 Y152.597 E.01327
G1 X150.788 Y153.416 E.05433
G1 X150.442 Y153.616 E.01327
; LINE_WIDTH: 0.487212
G1 X150.245 Y153.716 E.00799
; LINE_WIDTH: 0.524424
G1 X150.048 Y153.816 E.00866
; LINE_WIDTH: 0.545391
G1 X149.756 Y153.772 E.01211
G1 X149.39 Y153.539 E.01775
; LINE_WIDTH: 0.497695
G1 X149.024 Y153.307 E.01607
; LINE_WIDTH: 0.449999
G1 X148.678 Y153.107 E.01327
G1 X147.447 Y152.397 E.04713
; LINE_WIDTH: 0.458442
G1 X146.936 Y152.107 E.0199
; LINE_WIDTH: 0.489241
G1 X146.82 Y152.014 E.0054
; LINE_WIDTH: 0.520039
G1 X146.704 Y151.922 E.00577
; LINE_WIDTH: 0.549288
G1 X146.608 Y151.669 E.01116
G1 X146.628 Y151.137 E.02196
; LINE_WIDTH: 0.499644
G1 X146.648 Y150.605 E.01981
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.205 E.01327
G1 X146.648 Y149.182 E.03395
G1 X146.648 Y148.782 E.01327
; LINE_WIDTH: 0.489653
G1 X146.636 Y148.522 E.00945
; LINE_WIDTH: 0.529307
G1 X146.625 Y148.263 E.01029
; LINE_WIDTH: 0.540639
G1 X146.828 Y147.932 E.01577
G1 X147.138 Y147.768 E.0142
; LINE_WIDTH: 0.495319
G1 X147.447 Y147.603 E.01291
; LINE_WIDTH: 0.449999
G1 X147.794 Y147.403 E.01327
G1 X149.212 Y146.584 E.05434
G1 X149.559 Y146.384 E.01327
; LINE_WIDTH: 0.489329
G1 X149.749 Y146.286 E.0078
; LINE_WIDTH: 0.528658
G1 X149.939 Y146.188 E.00848
G1 X150.063 Y146.189 E.00488
; LINE_WIDTH: 0.527732
G1 X150.519 Y146.441 E.02061
; LINE_WIDTH: 0.488866
G1 X150.976 Y146.693 E.01895
; LINE_WIDTH: 0.449999
G1 X151.322 Y146.893 E.01327
G1 X152.553 Y147.603 E.04713
; LINE_WIDTH: 0.465934
G1 X153.066 Y147.89 E.02026
; LINE_WIDTH: 0.496713
G1 X153.164 Y147.96 E.00445
; LINE_WIDTH: 0.527491
G1 X153.262 Y148.029 E.00475
; LINE_WIDTH: 0.551353
G1 X153.397 Y148.345 E.01421
G1 X153.382 Y148.49 E.00607
; LINE_WIDTH: 0.517569
G1 X153.367 Y148.636 E.00567
; LINE_WIDTH: 0.483784
G1 X153.352 Y148.782 E.00526
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.182 E.01327
G1 X153.352 Y150.818 E.05428
G1 X153.352 Y151.218 E.01327
; LINE_WIDTH: 0.499642
G1 X153.372 Y151.443 E.00842
; LINE_WIDTH: 0.549284
G1 X153.392 Y151.669 E.00933
G1 X153.383 Y151.689 E.00092
M204 S10000
G1 X152.96 Y151.6 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F886
G1 X152.913 Y151.725 E.0041
G3 X150.094 Y153.363 I-55.576 J-92.352 E.10018
G1 X149.985 Y153.388 E.00344
G3 X148.694 Y152.664 I16.563 J-31.041 E.04548
G1 X147.134 Y151.763 E.05535
G1 X147.047 Y151.652 E.00435
G3 X147.04 Y148.4 I235.797 J-2.149 E.09992
G1 X147.068 Y148.301 E.00315
G1 X147.643 Y147.943 E.02083
G1 X149.906 Y146.637 E.08028
G1 X150.047 Y146.617 E.00438
G3 X152.866 Y148.237 I-97.44 J172.864 E.09989
G1 X152.955 Y148.359 E.00466
G3 X152.96 Y151.54 I-372.608 J2.138 E.09775
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.913 Y151.725 E-.01359
G1 X151.349 Y152.634 E-.12891
; WIPE_END
G1 E-.0075 F3600
G1 X147.734 Y153.12 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.617236
G1 F886
G2 X148.526 Y153.563 I3.214 J-4.811 E.04254
; LINE_WIDTH: 0.577453
G1 X148.799 Y153.698 E.01325
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6734.851
G1 X148.526 Y153.563 E-.03574
G1 X148.253 Y153.429 E-.03574
G1 X147.734 Y153.12 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X146.178 Y149.395 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.622506
G1 F886
G2 X146.178 Y150.605 I7.691 J.605 E.05723
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6211.331
G1 X146.155 Y150 E-.07125
G1 X146.178 Y149.395 E-.07125
; WIPE_END
G1 E-.0075 F3600
G1 X147.734 Y146.881 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.617358
G1 F886
G3 X148.526 Y146.437 I3.214 J4.811 E.04255
; LINE_WIDTH: 0.577549
G1 X148.799 Y146.302 E.01325
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6733.642
G1 X148.526 Y146.437 E-.03574
G1 X148.253 Y146.571 E-.03574
G1 X147.734 Y146.881 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X152.266 Y146.88 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.617236
G1 F886
G2 X151.474 Y146.437 I-3.214 J4.811 E.04254
; LINE_WIDTH: 0.577454
G1 X151.201 Y146.302 E.01325
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6734.839
G1 X151.474 Y146.437 E-.03574
G1 X151.747 Y146.571 E-.03574
G1 X152.266 Y146.88 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X153.822 Y150.605 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.622504
G1 F886
G2 X153.822 Y149.395 I-7.691 J-.605 E.05723
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F6211.352
G1 X153.845 Y150 E-.07125
G1 X153.822 Y150.605 E-.07125
; WIPE_END
G1 E-.0075 F3600
G1 X152.266 Y153.119 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.617348
G1 F886
G3 X151.474 Y153.563 I-3.214 J-4.811 E.04255
; LINE_WIDTH: 0.577538
G1 X151.201 Y153.698 E.01325
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 4.2
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F6733.78
G1 X151.474 Y153.563 E-.03574
G1 X151.747 Y153.429 E-.03574
G1 X152.266 Y153.119 E-.07103
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.303 Y145.79 Z4.2 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F883
G1 X149.307 Y145.789 E.00014
; LINE_WIDTH: 0.457863
G1 X149.545 Y145.771 E.00808
; LINE_WIDTH: 0.493344
G3 X150.693 Y145.789 I.416 J9.628 E.04215
; LINE_WIDTH: 0.449999
G1 X151.35 Y145.952 E.02244
G1 X151.969 Y146.215 E.02231
G1 X152.536 Y146.569 E.02219
G1 X153.039 Y147.005 E.02207
; LINE_WIDTH: 0.472093
G1 X153.509 Y147.601 E.02655
; LINE_WIDTH: 0.515651
G3 X153.948 Y148.458 I-9.962 J5.647 E.03709
; LINE_WIDTH: 0.482825
G1 X154.067 Y148.708 E.00996
; LINE_WIDTH: 0.449999
G1 X154.22 Y149.366 E.0224
G1 X154.265 Y149.994 E.02086
G1 X154.208 Y150.704 E.02365
G1 X154.049 Y151.346 E.02192
; LINE_WIDTH: 0.493055
G3 X153.43 Y152.533 I-7.712 J-3.27 E.04918
; LINE_WIDTH: 0.45628
G1 X152.995 Y153.039 E.02246
; LINE_WIDTH: 0.449999
G1 X152.479 Y153.472 E.02235
G1 X151.905 Y153.818 E.02223
G1 X151.287 Y154.068 E.02211
G1 X150.585 Y154.223 E.02386
; LINE_WIDTH: 0.491647
G3 X149.305 Y154.206 I-.526 J-8.585 E.04684
; LINE_WIDTH: 0.458654
G1 X148.65 Y154.048 E.02282
; LINE_WIDTH: 0.449999
G1 X148.031 Y153.785 E.02231
M73 P95 R0
G1 X147.464 Y153.431 E.02219
G1 X146.961 Y152.995 E.02207
; LINE_WIDTH: 0.467005
G1 X146.489 Y152.4 E.02624
; LINE_WIDTH: 0.513731
G3 X146.057 Y151.555 I8.715 J-4.989 E.03645
; LINE_WIDTH: 0.481865
G1 X145.933 Y151.292 E.01041
; LINE_WIDTH: 0.449999
G1 X145.78 Y150.634 E.0224
G1 X145.735 Y150.006 E.02086
G1 X145.792 Y149.296 E.02365
G1 X145.951 Y148.654 E.02192
; LINE_WIDTH: 0.487442
G1 X146.309 Y147.913 E.02983
G1 X146.581 Y147.476 E.01863
; LINE_WIDTH: 0.483806
G1 X146.981 Y146.981 E.02287
; LINE_WIDTH: 0.449999
G1 X147.491 Y146.546 E.02222
G1 X148.062 Y146.196 E.02222
G1 X148.681 Y145.94 E.02222
G1 X149.245 Y145.804 E.01924
M204 S10000
G1 X149.211 Y145.409 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F883
G1 X149.271 Y145.395 E.00187
G1 X150 Y145.338 E.02248
G1 X150.729 Y145.395 E.02248
G1 X151.441 Y145.566 E.02248
G1 X152.117 Y145.846 E.02248
G1 X152.741 Y146.228 E.02248
G1 X153.297 Y146.703 E.02248
G1 X153.737 Y147.219 E.02084
G3 X154.448 Y148.617 I-5.269 J3.558 E.04831
G1 X154.61 Y149.335 E.02261
G1 X154.661 Y149.957 E.01918
G1 X154.605 Y150.73 E.02381
G1 X154.434 Y151.441 E.02246
G1 X154.154 Y152.117 E.02248
G1 X153.772 Y152.741 E.02248
G1 X153.297 Y153.297 E.02248
G1 X152.741 Y153.772 E.02248
G1 X152.117 Y154.154 E.02248
G1 X151.441 Y154.434 E.02248
G1 X150.729 Y154.605 E.02249
G1 X150.043 Y154.661 E.02115
G1 X149.27 Y154.605 E.02381
G1 X148.559 Y154.434 E.02246
G1 X147.883 Y154.154 E.02248
G1 X147.259 Y153.772 E.02248
G1 X146.703 Y153.297 E.02248
G1 X146.228 Y152.741 E.02248
G1 X145.846 Y152.117 E.02248
G1 X145.566 Y151.441 E.02248
G1 X145.395 Y150.729 E.02249
G1 X145.339 Y150.043 E.02115
G1 X145.395 Y149.27 E.02381
G1 X145.566 Y148.559 E.02246
G1 X145.846 Y147.883 E.02248
G1 X146.228 Y147.259 E.02248
G1 X146.703 Y146.703 E.02248
G1 X147.259 Y146.228 E.02248
G1 X147.883 Y145.846 E.02248
G1 X148.559 Y145.566 E.02248
G1 X149.153 Y145.423 E.01877
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.271 Y145.395 E-.00861
G1 X150 Y145.338 E-.05213
G1 X150.729 Y145.395 E-.05213
G1 X151.134 Y145.492 E-.02963
; WIPE_END
G1 E-.0075 F3600
G1 X153.343 Y151.737 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.51373
G1 F883
G1 X153.249 Y151.954 E.00906
; LINE_WIDTH: 0.485236
G1 X153.071 Y152.101 E.00834
; LINE_WIDTH: 0.45628
G1 X152.545 Y152.401 E.02039
; LINE_WIDTH: 0.449999
G1 X150.798 Y153.41 E.0669
G1 X150.452 Y153.61 E.01327
; LINE_WIDTH: 0.489154
G1 X150.014 Y153.799 E.01733
G1 X149.7 Y153.719 E.01178
; LINE_WIDTH: 0.487235
G1 X149.018 Y153.303 E.02894
; LINE_WIDTH: 0.449999
G1 X148.671 Y153.103 E.01327
G1 X147.455 Y152.401 E.04658
; LINE_WIDTH: 0.455464
G1 X146.937 Y152.105 E.02007
; LINE_WIDTH: 0.484606
G1 X146.719 Y151.913 E.01048
; LINE_WIDTH: 0.513731
G1 X146.625 Y151.664 E.01019
G1 X146.636 Y151.131 E.02044
; LINE_WIDTH: 0.481865
G1 X146.648 Y150.598 E.01906
; LINE_WIDTH: 0.449999
G1 X146.648 Y150.198 E.01327
G1 X146.648 Y149.193 E.03335
G1 X146.648 Y148.793 E.01327
; LINE_WIDTH: 0.481702
G1 X146.662 Y148.224 E.02037
; LINE_WIDTH: 0.508092
G1 X146.855 Y147.928 E.01339
G1 X147.155 Y147.763 E.01298
; LINE_WIDTH: 0.479046
G1 X147.455 Y147.599 E.01217
; LINE_WIDTH: 0.449999
G1 X149.201 Y146.591 E.06686
G1 X149.547 Y146.391 E.01327
; LINE_WIDTH: 0.492958
G1 X149.944 Y146.205 E.01607
G1 X150.244 Y146.266 E.01124
; LINE_WIDTH: 0.472103
G1 X150.982 Y146.697 E.02989
; LINE_WIDTH: 0.449999
G1 X152.545 Y147.599 E.05984
; LINE_WIDTH: 0.459472
G1 X153.064 Y147.893 E.02026
; LINE_WIDTH: 0.484605
G1 X153.281 Y148.087 E.01049
; LINE_WIDTH: 0.515651
G1 X153.379 Y148.349 E.01074
G1 X153.366 Y148.875 E.02029
; LINE_WIDTH: 0.482825
G1 X153.352 Y149.402 E.01888
; LINE_WIDTH: 0.449999
G1 X153.352 Y149.802 E.01327
G1 X153.352 Y150.807 E.03335
G1 X153.352 Y151.207 E.01327
; LINE_WIDTH: 0.481865
G1 X153.364 Y151.435 E.00818
; LINE_WIDTH: 0.51373
G1 X153.375 Y151.664 E.00878
G1 X153.367 Y151.682 E.00076
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7646.397
G1 X153.249 Y151.954 E-.0211
G1 X153.071 Y152.101 E-.01649
G1 X152.545 Y152.401 E-.04314
G1 X151.794 Y152.835 E-.06177
; WIPE_END
G1 E-.0075 F3600
G1 X147.754 Y153.091 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.54631
G1 F883
G2 X148.539 Y153.53 I3.185 J-4.767 E.03694
; LINE_WIDTH: 0.506896
G1 X148.81 Y153.664 E.01139
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7759.022
G1 X148.539 Y153.53 E-.03574
G1 X148.269 Y153.397 E-.03574
G1 X147.754 Y153.091 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X152.96 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F883
G1 X152.913 Y151.725 E.0041
G3 X150.094 Y153.363 I-56.357 J-93.695 E.10018
G3 X149.906 Y153.363 I-.094 J-.163 E.00607
G1 X147.134 Y151.763 E.09833
G1 X147.047 Y151.65 E.00439
G3 X147.04 Y148.4 I251.525 J-2.151 E.09988
G1 X147.068 Y148.301 E.00315
G1 X147.651 Y147.938 E.02112
G1 X149.906 Y146.637 E.07999
G1 X150.047 Y146.617 E.00438
G3 X152.866 Y148.237 I-98.306 J174.372 E.09989
G1 X152.955 Y148.359 E.00466
G3 X152.96 Y151.54 I-375.058 J2.142 E.09775
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.913 Y151.725 E-.01359
G1 X151.349 Y152.634 E-.12891
; WIPE_END
G1 E-.0075 F3600
G1 X151.19 Y153.664 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.506926
G1 F883
G1 X151.461 Y153.53 E.01139
; LINE_WIDTH: 0.54635
G2 X152.246 Y153.091 I-2.4 J-5.207 E.03694
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7150.945
G1 X151.731 Y153.397 E-.07103
G1 X151.461 Y153.53 E-.03574
G1 X151.19 Y153.664 E-.03574
; WIPE_END
G1 E-.0075 F3600
G1 X153.786 Y150.603 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.54998
G1 F883
G2 X153.787 Y149.402 I-7.832 J-.604 E.04969
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7099.752
G1 X153.809 Y149.961 E-.06634
G1 X153.786 Y150.603 E-.07616
; WIPE_END
G1 E-.0075 F3600
G1 X152.246 Y146.909 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.546312
G1 F883
G2 X151.461 Y146.47 I-3.185 J4.767 E.03694
; LINE_WIDTH: 0.506897
G1 X151.19 Y146.336 E.01139
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7759.005
G1 X151.461 Y146.47 E-.03574
G1 X151.731 Y146.603 E-.03574
G1 X152.246 Y146.909 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X147.754 Y146.909 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.546354
G1 F883
G3 X148.539 Y146.47 I3.185 J4.767 E.03694
; LINE_WIDTH: 0.506931
G1 X148.81 Y146.336 E.01139
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7758.436
G1 X148.539 Y146.47 E-.03574
G1 X148.269 Y146.603 E-.03574
G1 X147.754 Y146.909 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X146.214 Y149.397 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.549984
G1 F883
G2 X146.213 Y150.598 I7.833 J.604 E.04969
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 4.4
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F7099.696
G1 X146.191 Y150.039 E-.06633
G1 X146.214 Y149.397 E-.07617
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.327 Y145.892 Z4.4 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.449999
G1 F864
G1 X149.577 Y145.868 E.00831
; LINE_WIDTH: 0.447824
G1 X150.118 Y145.841 E.0179
; LINE_WIDTH: 0.449999
G1 X150.673 Y145.892 E.01846
G1 X151.313 Y146.051 E.02189
G1 X151.917 Y146.306 E.02176
G1 X152.471 Y146.651 E.02164
G1 X152.962 Y147.076 E.02152
G1 X153.436 Y147.658 E.02491
; LINE_WIDTH: 0.461702
G3 X153.966 Y148.739 I-4.872 J3.059 E.04114
; LINE_WIDTH: 0.449999
G1 X154.115 Y149.379 E.0218
G1 X154.161 Y150.032 E.02172
G1 X154.106 Y150.681 E.0216
G1 X153.95 Y151.31 E.02149
G1 X153.644 Y152.008 E.02531
; LINE_WIDTH: 0.447309
G1 X153.358 Y152.462 E.01769
; LINE_WIDTH: 0.449999
G1 X152.924 Y152.962 E.02194
M73 P96 R0
G1 X152.421 Y153.385 E.02181
G1 X151.88 Y153.712 E.02097
G1 X151.257 Y153.967 E.02232
G1 X150.581 Y154.118 E.02299
G1 X149.926 Y154.163 E.02177
; LINE_WIDTH: 0.451042
G1 X149.328 Y154.107 E.01999
G1 X148.687 Y153.949 E.02195
; LINE_WIDTH: 0.449999
G1 X148.083 Y153.694 E.02176
G1 X147.529 Y153.349 E.02164
G1 X147.038 Y152.924 E.02152
G1 X146.563 Y152.342 E.02491
; LINE_WIDTH: 0.460069
G3 X146.034 Y151.261 I4.583 J-2.916 E.04099
; LINE_WIDTH: 0.449999
G1 X145.885 Y150.621 E.0218
G1 X145.839 Y149.968 E.02172
G1 X145.894 Y149.319 E.0216
G1 X146.05 Y148.69 E.02149
G1 X146.342 Y148.013 E.02447
; LINE_WIDTH: 0.454882
G3 X147.056 Y147.056 I3.933 J2.187 E.04021
; LINE_WIDTH: 0.449999
G1 X147.553 Y146.631 E.02168
G1 X148.091 Y146.3 E.02097
G1 X148.714 Y146.04 E.0224
G1 X149.269 Y145.906 E.01893
M204 S10000
G1 X149.264 Y145.504 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F864
G1 X149.287 Y145.499 E.00073
G1 X150 Y145.443 E.02197
G1 X150.713 Y145.499 E.02197
G1 X151.408 Y145.666 E.02197
G1 X152.069 Y145.939 E.02197
G1 X152.679 Y146.313 E.02197
G1 X153.223 Y146.778 E.02198
G1 X153.655 Y147.284 E.02047
G3 X154.552 Y150.063 I-3.876 J2.786 E.09118
G1 X154.501 Y150.713 E.02004
G1 X154.334 Y151.408 E.02197
G1 X154.061 Y152.069 E.02197
G1 X153.687 Y152.679 E.02197
G1 X153.222 Y153.223 E.02198
G1 X152.679 Y153.687 E.02198
G1 X152.088 Y154.05 E.0213
G1 X151.408 Y154.334 E.02265
G1 X150.713 Y154.501 E.02196
G1 X150 Y154.557 E.02197
G1 X149.287 Y154.501 E.02197
G1 X148.592 Y154.334 E.02197
G1 X147.931 Y154.061 E.02197
G1 X147.321 Y153.687 E.02197
G1 X146.777 Y153.222 E.02198
G1 X146.313 Y152.679 E.02198
G1 X145.95 Y152.088 E.0213
G1 X145.666 Y151.408 E.02265
G1 X145.499 Y150.713 E.02196
G1 X145.443 Y150 E.02197
G1 X145.499 Y149.287 E.02197
G1 X145.666 Y148.592 E.02197
G1 X145.939 Y147.931 E.02197
G1 X146.313 Y147.321 E.02197
G1 X146.778 Y146.777 E.02198
G1 X147.321 Y146.313 E.02198
G1 X147.912 Y145.95 E.0213
G1 X148.592 Y145.666 E.02265
G1 X149.206 Y145.518 E.01939
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.287 Y145.499 E-.00597
G1 X150 Y145.443 E-.05095
G1 X150.713 Y145.499 E-.05096
G1 X151.185 Y145.612 E-.03463
; WIPE_END
G1 E-.0075 F3600
G1 X153.32 Y151.726 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.459116
G1 F864
G1 X153.23 Y151.938 E.00782
; LINE_WIDTH: 0.447309
G1 X153.059 Y152.103 E.00784
; LINE_WIDTH: 0.449999
G3 X150.47 Y153.599 I-339.713 J-584.8 E.09919
G1 X150.044 Y153.771 E.01524
; LINE_WIDTH: 0.454792
G1 X149.708 Y153.705 E.01147
G1 X149.008 Y153.298 E.02719
; LINE_WIDTH: 0.449999
G3 X146.942 Y152.104 I258.476 J-449.472 E.07915
; LINE_WIDTH: 0.447205
G1 X146.717 Y151.851 E.01114
; LINE_WIDTH: 0.457107
G1 X146.644 Y151.6 E.00883
G1 X146.648 Y150.591 E.03404
; LINE_WIDTH: 0.449999
G1 X146.648 Y148.812 E.05904
G1 X146.683 Y148.224 E.01952
; LINE_WIDTH: 0.457725
G1 X146.883 Y147.938 E.01181
G1 X147.467 Y147.592 E.02296
; LINE_WIDTH: 0.449999
G1 X149.759 Y146.279 E.08762
; LINE_WIDTH: 0.445054
G1 X150.051 Y146.231 E.0097
; LINE_WIDTH: 0.447808
G1 X150.29 Y146.298 E.00817
; LINE_WIDTH: 0.449999
G3 X153.058 Y147.897 I-463.432 J805.585 E.10603
; LINE_WIDTH: 0.446784
G1 X153.283 Y148.149 E.01112
; LINE_WIDTH: 0.458909
G1 X153.357 Y148.4 E.00887
G1 X153.352 Y149.409 E.03419
; LINE_WIDTH: 0.449999
G1 X153.352 Y151.188 E.05904
; LINE_WIDTH: 0.459116
G1 X153.349 Y151.657 E.01588
G1 X153.343 Y151.67 E.0005
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8649.771
G1 X153.23 Y151.938 E-.0207
G1 X153.059 Y152.103 E-.01696
G1 X151.785 Y152.839 E-.10484
; WIPE_END
G1 E-.0075 F3600
G1 X146.266 Y149.409 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.446488
G1 F864
G2 X146.266 Y150.591 I7.515 J.591 E.03894
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8920.429
G1 X146.243 Y150 E-.07125
G1 X146.266 Y149.409 E-.07125
; WIPE_END
G1 E-.0075 F3600
G1 X147.786 Y146.951 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.4416
G1 F864
G3 X148.552 Y146.523 I3.143 J4.719 E.02853
; LINE_WIDTH: 0.402365
G1 X148.828 Y146.386 E.00902
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F10015.44
G1 X148.552 Y146.523 E-.037
G1 X148.276 Y146.66 E-.037
G1 X147.786 Y146.951 E-.0685
; WIPE_END
G1 E-.0075 F3600
G1 X152.215 Y146.952 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.441336
G1 F864
G2 X151.44 Y146.518 I-3.141 J4.701 E.02883
; LINE_WIDTH: 0.402466
G1 X151.174 Y146.387 E.00871
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F10012.627
G1 X151.44 Y146.518 E-.03574
G1 X151.707 Y146.65 E-.03574
G1 X152.215 Y146.952 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X153.734 Y150.591 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.446484
G1 F864
G2 X153.734 Y149.409 I-7.514 J-.591 E.03894
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8920.518
G1 X153.757 Y150 E-.07125
G1 X153.734 Y150.591 E-.07125
; WIPE_END
G1 E-.0075 F3600
G1 X152.214 Y153.049 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.441598
G1 F864
G3 X151.448 Y153.477 I-3.144 J-4.72 E.02853
; LINE_WIDTH: 0.402365
G1 X151.172 Y153.614 E.00902
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F10015.44
G1 X151.448 Y153.477 E-.037
G1 X151.724 Y153.34 E-.037
G1 X152.214 Y153.049 E-.0685
; WIPE_END
G1 E-.0075 F3600
G1 X147.785 Y153.048 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.441338
G1 F864
G2 X148.56 Y153.482 I3.141 J-4.701 E.02883
; LINE_WIDTH: 0.402467
G1 X148.826 Y153.613 E.00871
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F10012.599
G1 X148.56 Y153.482 E-.03574
G1 X148.293 Y153.35 E-.03574
G1 X147.785 Y153.048 E-.07103
; WIPE_END
G1 E-.0075 F3600
G1 X152.96 Y151.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F864
G1 X152.913 Y151.725 E.0041
G3 X150.094 Y153.363 I-57.521 J-95.698 E.10018
G1 X149.985 Y153.388 E.00344
G3 X148.69 Y152.662 I16.98 J-31.787 E.04562
G1 X147.134 Y151.763 E.05521
G1 X147.047 Y151.653 E.00433
G3 X147.04 Y148.4 I232.193 J-2.157 E.09994
G1 X147.068 Y148.301 E.00315
G1 X147.663 Y147.931 E.02154
G1 X149.906 Y146.637 E.07957
G1 X150.015 Y146.612 E.00344
G3 X152.866 Y148.237 I-38.006 J70.002 E.10084
G1 X152.955 Y148.358 E.00464
G3 X152.96 Y151.54 I-366.5 J2.146 E.09777
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 4.6
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.913 Y151.725 E-.01359
G1 X151.349 Y152.634 E-.12891
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.436 Y146.042 Z4.6 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.442739
G1 F749
G1 X149.621 Y145.991 E.00624
; LINE_WIDTH: 0.396392
G1 X150.097 Y145.953 E.01375
; LINE_WIDTH: 0.408899
G1 X150.385 Y146.002 E.00871
; LINE_WIDTH: 0.454118
G1 X150.673 Y146.05 E.00979
; LINE_WIDTH: 0.494717
G1 X150.959 Y146.141 E.01105
; LINE_WIDTH: 0.535316
G1 X151.244 Y146.232 E.01204
; LINE_WIDTH: 0.573402
G3 X152.34 Y146.815 I-1.859 J4.819 E.05375
; LINE_WIDTH: 0.565826
G1 X152.583 Y147.007 E.01322
; LINE_WIDTH: 0.53909
G1 X152.827 Y147.199 E.01255
; LINE_WIDTH: 0.512353
M73 P97 R0
G1 X152.968 Y147.34 E.00765
; LINE_WIDTH: 0.477467
G1 X153.11 Y147.481 E.00708
; LINE_WIDTH: 0.442581
G1 X153.252 Y147.622 E.00651
; LINE_WIDTH: 0.407695
G1 X153.443 Y147.883 E.00962
; LINE_WIDTH: 0.386498
G1 X153.643 Y148.259 E.01192
; LINE_WIDTH: 0.435102
G1 X153.723 Y148.521 E.00874
; LINE_WIDTH: 0.483705
G1 X153.804 Y148.782 E.00982
; LINE_WIDTH: 0.518431
G1 X153.858 Y149.091 E.01216
; LINE_WIDTH: 0.553157
G1 X153.913 Y149.401 E.01305
; LINE_WIDTH: 0.575923
G3 X153.907 Y150.639 I-5.132 J.593 E.05392
; LINE_WIDTH: 0.553156
G1 X153.855 Y150.928 E.01219
; LINE_WIDTH: 0.51851
G1 X153.804 Y151.216 E.01136
; LINE_WIDTH: 0.483863
G1 X153.734 Y151.443 E.0085
; LINE_WIDTH: 0.43991
G1 X153.664 Y151.669 E.00766
; LINE_WIDTH: 0.395957
G1 X153.535 Y151.968 E.00938
; LINE_WIDTH: 0.388297
G1 X153.384 Y152.184 E.00743
; LINE_WIDTH: 0.414642
G1 X153.233 Y152.401 E.008
; LINE_WIDTH: 0.463426
G1 X153.017 Y152.614 E.01039
; LINE_WIDTH: 0.51221
G1 X152.801 Y152.827 E.0116
; LINE_WIDTH: 0.539019
G1 X152.554 Y153.018 E.01264
; LINE_WIDTH: 0.565827
G1 X152.307 Y153.21 E.01332
; LINE_WIDTH: 0.573403
G3 X151.208 Y153.779 I-2.903 J-4.256 E.05363
; LINE_WIDTH: 0.535431
G1 X150.891 Y153.875 E.01329
; LINE_WIDTH: 0.488724
G1 X150.574 Y153.971 E.01203
; LINE_WIDTH: 0.442017
G1 X150.259 Y154.01 E.01031
; LINE_WIDTH: 0.403325
G1 X149.945 Y154.05 E.00931
; LINE_WIDTH: 0.409372
G1 X149.636 Y154 E.00934
; LINE_WIDTH: 0.45411
G1 X149.327 Y153.95 E.01048
; LINE_WIDTH: 0.494713
G1 X149.041 Y153.859 E.01105
; LINE_WIDTH: 0.535316
G1 X148.756 Y153.768 E.01204
; LINE_WIDTH: 0.573403
G3 X147.66 Y153.185 I1.859 J-4.819 E.05375
; LINE_WIDTH: 0.565826
G1 X147.417 Y152.993 E.01322
; LINE_WIDTH: 0.53909
G1 X147.173 Y152.801 E.01255
; LINE_WIDTH: 0.512354
G1 X147.032 Y152.66 E.00765
; LINE_WIDTH: 0.477468
G1 X146.89 Y152.519 E.00708
; LINE_WIDTH: 0.442582
G1 X146.748 Y152.378 E.00651
; LINE_WIDTH: 0.407695
G1 X146.557 Y152.117 E.00962
; LINE_WIDTH: 0.385103
G1 X146.364 Y151.758 E.01135
; LINE_WIDTH: 0.434406
G1 X146.28 Y151.488 E.00903
; LINE_WIDTH: 0.483708
G1 X146.196 Y151.218 E.01017
; LINE_WIDTH: 0.518434
G1 X146.142 Y150.909 E.01216
; LINE_WIDTH: 0.553159
G1 X146.087 Y150.599 E.01305
; LINE_WIDTH: 0.575925
G3 X146.093 Y149.361 I5.132 J-.593 E.05392
; LINE_WIDTH: 0.553158
G1 X146.145 Y149.072 E.01219
; LINE_WIDTH: 0.518511
G1 X146.196 Y148.784 E.01136
; LINE_WIDTH: 0.483864
G1 X146.266 Y148.557 E.0085
; LINE_WIDTH: 0.439912
G1 X146.336 Y148.331 E.00766
; LINE_WIDTH: 0.395959
G1 X146.476 Y148.011 E.01005
; LINE_WIDTH: 0.386684
G1 X146.621 Y147.805 E.00707
; LINE_WIDTH: 0.414644
G1 X146.767 Y147.599 E.00764
; LINE_WIDTH: 0.463428
G1 X146.983 Y147.386 E.01039
; LINE_WIDTH: 0.512212
G1 X147.199 Y147.173 E.0116
; LINE_WIDTH: 0.53902
G1 X147.446 Y146.982 E.01264
; LINE_WIDTH: 0.565827
G1 X147.693 Y146.79 E.01332
; LINE_WIDTH: 0.573403
G3 X148.792 Y146.221 I2.903 J4.256 E.05363
; LINE_WIDTH: 0.535432
G1 X149.069 Y146.144 E.0115
; LINE_WIDTH: 0.489086
G1 X149.345 Y146.068 E.01042
; LINE_WIDTH: 0.442739
G1 X149.378 Y146.058 E.00114
M204 S10000
G1 X149.323 Y145.656 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F749
G1 X150.094 Y145.613 E.02372
G3 X150.735 Y145.66 I-.094 J5.696 E.01975
G1 X151.411 Y145.831 E.02143
G1 X152.048 Y146.104 E.02131
G1 X152.632 Y146.472 E.0212
G1 X153.149 Y146.924 E.02109
G1 X153.605 Y147.478 E.02204
G1 X154.005 Y148.192 E.02515
G1 X154.201 Y148.687 E.01636
G1 X154.355 Y149.366 E.02139
G1 X154.405 Y150 E.01955
G1 X154.351 Y150.689 E.02124
G1 X154.19 Y151.361 E.02124
G1 X153.925 Y152 E.02124
G1 X153.564 Y152.589 E.02124
G1 X153.115 Y153.115 E.02124
G1 X152.589 Y153.564 E.02124
G1 X152 Y153.925 E.02124
G1 X151.361 Y154.19 E.02124
G1 X150.689 Y154.351 E.02124
G1 X150 Y154.405 E.02124
G1 X149.311 Y154.351 E.02124
G1 X148.639 Y154.19 E.02124
G1 X148 Y153.925 E.02124
G1 X147.411 Y153.564 E.02124
G1 X146.885 Y153.115 E.02124
G1 X146.436 Y152.589 E.02124
G1 X146.075 Y152 E.02124
G1 X145.81 Y151.361 E.02124
G1 X145.649 Y150.689 E.02124
G1 X145.595 Y150 E.02124
G1 X145.649 Y149.311 E.02124
G1 X145.81 Y148.639 E.02124
G1 X146.075 Y148 E.02124
G1 X146.436 Y147.411 E.02124
G1 X146.885 Y146.885 E.02124
G1 X147.411 Y146.436 E.02124
G1 X148 Y146.075 E.02124
G1 X148.639 Y145.81 E.02124
G1 X149.263 Y145.66 E.01974
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X150.094 Y145.613 E-.05928
G1 X150.735 Y145.66 E-.04576
G1 X151.244 Y145.789 E-.03745
; WIPE_END
G1 E-.0075 F3600
G1 X153.296 Y151.653 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.412991
G1 F749
G1 X153.284 Y151.737 E.00254
; LINE_WIDTH: 0.377554
G1 X153.204 Y151.911 E.00523
; LINE_WIDTH: 0.387464
G1 X153.101 Y152.015 E.0041
; LINE_WIDTH: 0.414642
G1 X152.998 Y152.119 E.00443
; LINE_WIDTH: 0.463426
G1 X152.765 Y152.282 E.00976
; LINE_WIDTH: 0.51221
G1 X152.531 Y152.445 E.0109
; LINE_WIDTH: 0.539019
G1 X152.285 Y152.603 E.01181
; LINE_WIDTH: 0.565827
G1 X152.039 Y152.76 E.01244
; LINE_WIDTH: 0.573403
G3 X151.029 Y153.326 I-7.699 J-12.564 E.05007
; LINE_WIDTH: 0.535431
G1 X150.761 Y153.455 E.01193
; LINE_WIDTH: 0.491371
G1 X150.493 Y153.584 E.01086
; LINE_WIDTH: 0.447311
G1 X150.248 Y153.659 E.00844
; LINE_WIDTH: 0.405469
G1 X150.003 Y153.734 E.00757
; LINE_WIDTH: 0.394934
G1 X149.723 Y153.679 E.00818
; LINE_WIDTH: 0.441728
G1 X149.473 Y153.562 E.00898
; LINE_WIDTH: 0.488522
G1 X149.223 Y153.444 E.01004
; LINE_WIDTH: 0.535316
G1 X148.973 Y153.327 E.01109
; LINE_WIDTH: 0.573403
G1 X148.46 Y153.053 E.02513
G1 X147.961 Y152.76 E.02502
; LINE_WIDTH: 0.565826
G1 X147.716 Y152.603 E.01241
; LINE_WIDTH: 0.53909
G1 X147.47 Y152.446 E.01178
; LINE_WIDTH: 0.512354
G1 X147.306 Y152.331 E.00765
; LINE_WIDTH: 0.477468
G1 X147.143 Y152.217 E.00708
; LINE_WIDTH: 0.442582
G1 X146.979 Y152.102 E.00651
; LINE_WIDTH: 0.407695
G1 X146.754 Y151.84 E.01026
; LINE_WIDTH: 0.397409
G1 X146.674 Y151.6 E.00731
; LINE_WIDTH: 0.436347
G1 X146.655 Y151.345 E.0082
; LINE_WIDTH: 0.475284
G1 X146.635 Y151.09 E.00902
; LINE_WIDTH: 0.514222
G1 X146.616 Y150.835 E.00983
; LINE_WIDTH: 0.553159
G1 X146.596 Y150.579 E.01064
; LINE_WIDTH: 0.575925
G3 X146.596 Y149.421 I14.743 J-.579 E.05035
; LINE_WIDTH: 0.553158
G1 X146.614 Y149.128 E.01219
; LINE_WIDTH: 0.518511
G1 X146.631 Y148.835 E.01136
; LINE_WIDTH: 0.483864
G1 X146.658 Y148.639 E.00712
; LINE_WIDTH: 0.446819
G1 X146.686 Y148.443 E.00652
; LINE_WIDTH: 0.409774
G1 X146.713 Y148.247 E.00592
; LINE_WIDTH: 0.398895
G1 X146.951 Y147.919 E.01174
; LINE_WIDTH: 0.436668
G1 X147.124 Y147.798 E.00677
; LINE_WIDTH: 0.47444
G1 X147.296 Y147.676 E.00742
; LINE_WIDTH: 0.512212
G1 X147.469 Y147.555 E.00807
; LINE_WIDTH: 0.53902
G1 X147.715 Y147.397 E.01181
; LINE_WIDTH: 0.565827
G1 X147.961 Y147.24 E.01245
; LINE_WIDTH: 0.573403
G3 X148.971 Y146.674 I7.699 J12.564 E.05007
; LINE_WIDTH: 0.535432
G1 X149.252 Y146.538 E.01253
; LINE_WIDTH: 0.48914
G1 X149.534 Y146.403 E.01135
; LINE_WIDTH: 0.442848
G1 X149.747 Y146.335 E.00729
; LINE_WIDTH: 0.403326
G1 X149.96 Y146.267 E.00657
; LINE_WIDTH: 0.394894
G1 X150.277 Y146.321 E.00921
; LINE_WIDTH: 0.441702
G1 X150.527 Y146.438 E.00898
; LINE_WIDTH: 0.488509
G1 X150.777 Y146.556 E.01004
; LINE_WIDTH: 0.535316
G1 X151.027 Y146.673 E.01109
; LINE_WIDTH: 0.573402
G3 X152.039 Y147.24 I-6.699 J13.15 E.05015
; LINE_WIDTH: 0.565826
G1 X152.284 Y147.397 E.01241
; LINE_WIDTH: 0.53909
G1 X152.53 Y147.554 E.01178
; LINE_WIDTH: 0.512353
G1 X152.694 Y147.669 E.00765
; LINE_WIDTH: 0.477467
G1 X152.857 Y147.783 E.00708
; LINE_WIDTH: 0.442581
G1 X153.021 Y147.898 E.00651
; LINE_WIDTH: 0.407695
G1 X153.246 Y148.16 E.01026
; LINE_WIDTH: 0.397407
G1 X153.326 Y148.4 E.00731
; LINE_WIDTH: 0.436345
G1 X153.345 Y148.655 E.0082
; LINE_WIDTH: 0.475282
G1 X153.365 Y148.91 E.00902
; LINE_WIDTH: 0.51422
G1 X153.384 Y149.165 E.00983
; LINE_WIDTH: 0.553157
G1 X153.404 Y149.421 E.01064
; LINE_WIDTH: 0.575923
G3 X153.404 Y150.579 I-14.743 J.579 E.05035
; LINE_WIDTH: 0.553156
G1 X153.386 Y150.872 E.01219
; LINE_WIDTH: 0.51851
G1 X153.369 Y151.165 E.01136
; LINE_WIDTH: 0.483863
G1 X153.341 Y151.355 E.00692
; LINE_WIDTH: 0.448427
G1 X153.312 Y151.546 E.00637
; LINE_WIDTH: 0.412991
G1 X153.305 Y151.594 E.00146
M204 S10000
G1 X152.96 Y151.6 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F749
G1 X152.913 Y151.725 E.0041
G3 X150.094 Y153.363 I-59.188 J-98.565 E.10018
G1 X149.985 Y153.388 E.00344
G3 X147.165 Y151.781 I38.294 J-70.482 E.09976
G1 X147.068 Y151.699 E.0039
G1 X147.04 Y151.166 E.01638
G1 X147.04 Y148.4 E.085
G1 X147.068 Y148.301 E.00315
G1 X147.68 Y147.921 E.02216
G1 X149.906 Y146.637 E.07895
G1 X150.015 Y146.612 E.00344
G3 X152.866 Y148.237 I-38.713 J71.241 E.10084
G1 X152.955 Y148.359 E.00466
G3 X152.96 Y151.54 I-381.892 J2.151 E.09775
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 4.8
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.913 Y151.725 E-.01359
G1 X151.349 Y152.634 E-.12891
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X150.054 Y146.221 Z4.8 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.461135
G1 F785
G1 X150.625 Y146.253 E.01948
; LINE_WIDTH: 0.427233
G1 X151.215 Y146.402 E.01906
; LINE_WIDTH: 0.461991
G3 X152.262 Y146.966 I-1.819 J4.634 E.04072
; LINE_WIDTH: 0.452373
G1 X152.704 Y147.351 E.01955
; LINE_WIDTH: 0.453533
M73 P98 R0
G1 X153.06 Y147.773 E.01847
; LINE_WIDTH: 0.4578
G1 X153.226 Y148.044 E.01075
G1 X152.992 Y147.854 E.01019
; LINE_WIDTH: 0.453533
G1 X152.513 Y147.579 E.01847
; LINE_WIDTH: 0.452373
G1 X152.026 Y147.298 E.01877
; LINE_WIDTH: 0.461991
G2 X151.044 Y146.745 I-7.52 J12.219 E.03849
; LINE_WIDTH: 0.439302
G1 X150.288 Y146.302 E.02832
; LINE_WIDTH: 0.461135
G1 X150.111 Y146.24 E.00638
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8608.012
G1 X150.625 Y146.253 E-.03663
G1 X151.215 Y146.402 E-.04337
G1 X151.758 Y146.654 E-.04268
G1 X151.995 Y146.8 E-.01982
; WIPE_END
G1 E-.0075 F3600
G1 X153.375 Y148.351 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.506636
G1 F785
G1 X153.398 Y148.396 E.00189
; LINE_WIDTH: 0.498719
G1 X153.506 Y148.629 E.00956
; LINE_WIDTH: 0.471288
G1 X153.615 Y148.862 E.00899
; LINE_WIDTH: 0.443857
G1 X153.749 Y149.452 E.01976
; LINE_WIDTH: 0.463658
G3 X153.738 Y150.638 I-4.95 J.543 E.04075
; LINE_WIDTH: 0.439417
G1 X153.596 Y151.205 E.01889
; LINE_WIDTH: 0.470977
G1 X153.483 Y151.434 E.0089
; LINE_WIDTH: 0.502536
G1 X153.37 Y151.662 E.00955
G1 X153.358 Y151.409 E.00951
; LINE_WIDTH: 0.470977
G1 X153.347 Y151.155 E.00886
; LINE_WIDTH: 0.439417
G1 X153.347 Y150.59 E.01825
; LINE_WIDTH: 0.463658
G2 X153.349 Y149.466 I-14.33 J-.59 E.03854
; LINE_WIDTH: 0.443857
G1 X153.349 Y148.893 E.01873
; LINE_WIDTH: 0.475247
G1 X153.362 Y148.622 E.00956
; LINE_WIDTH: 0.506636
G1 X153.372 Y148.411 E.00798
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7763.372
G1 X153.398 Y148.396 E-.00211
G1 X153.506 Y148.629 E-.01835
G1 X153.615 Y148.862 E-.01835
G1 X153.749 Y149.452 E-.0431
G1 X153.779 Y150.048 E-.04249
G1 X153.761 Y150.302 E-.01812
; WIPE_END
G1 E-.0075 F3600
G1 X149.948 Y146.22 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.4614
G1 F785
G1 X149.76 Y146.281 E.00673
; LINE_WIDTH: 0.441662
G1 X149.497 Y146.436 E.00994
; LINE_WIDTH: 0.421534
G1 X149.005 Y146.72 E.01753
; LINE_WIDTH: 0.46045
G2 X148.024 Y147.267 I6.491 J12.798 E.03822
; LINE_WIDTH: 0.45541
G1 X147.531 Y147.552 E.01913
; LINE_WIDTH: 0.494782
G1 X146.869 Y147.926 E.02799
G1 X146.96 Y147.763 E.00687
; LINE_WIDTH: 0.476761
G1 X147.352 Y147.297 E.02153
; LINE_WIDTH: 0.45541
G1 X147.814 Y146.912 E.02022
; LINE_WIDTH: 0.46045
G3 X148.867 Y146.372 I2.787 J4.14 E.04034
; LINE_WIDTH: 0.421534
G1 X149.436 Y146.24 E.01802
; LINE_WIDTH: 0.4614
G1 X149.888 Y146.222 E.01543
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8602.561
G1 X149.76 Y146.281 E-.01002
G1 X149.497 Y146.436 E-.02179
G1 X149.005 Y146.72 E-.04048
G1 X148.144 Y147.2 E-.07022
; WIPE_END
G1 E-.0075 F3600
G1 X146.631 Y151.614 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.504586
G1 F785
G1 X146.629 Y151.663 E.00185
G1 X146.6 Y151.605 E.00243
; LINE_WIDTH: 0.494739
G1 X146.493 Y151.371 E.00948
; LINE_WIDTH: 0.469299
G1 X146.385 Y151.138 E.00894
; LINE_WIDTH: 0.443859
G1 X146.251 Y150.548 E.01976
; LINE_WIDTH: 0.46366
G3 X146.263 Y149.362 I4.95 J-.543 E.04075
; LINE_WIDTH: 0.43942
G1 X146.404 Y148.795 E.01889
; LINE_WIDTH: 0.456348
G1 X146.686 Y148.184 E.02265
G1 X146.666 Y148.277 E.0032
; LINE_WIDTH: 0.45224
G1 X146.653 Y148.845 E.01893
; LINE_WIDTH: 0.43942
G1 X146.653 Y149.41 E.01825
; LINE_WIDTH: 0.46366
G2 X146.651 Y150.534 I14.332 J.59 E.03854
; LINE_WIDTH: 0.443859
G1 X146.651 Y151.107 E.01873
; LINE_WIDTH: 0.474223
G1 X146.64 Y151.385 E.00977
; LINE_WIDTH: 0.504586
G1 X146.634 Y151.554 E.00635
M204 S10000
G1 X146.754 Y151.931 F30000
M204 S5000
; LINE_WIDTH: 0.452019
G1 F785
G1 X147.009 Y152.145 E.01109
; LINE_WIDTH: 0.452373
G2 X147.974 Y152.702 I864.352 J-1495.431 E.03719
; LINE_WIDTH: 0.46199
G2 X148.956 Y153.255 I7.52 J-12.218 E.03849
; LINE_WIDTH: 0.460996
G1 X149.359 Y153.501 E.01608
; LINE_WIDTH: 0.494758
G1 X149.762 Y153.747 E.01738
G1 X149.569 Y153.746 E.0071
; LINE_WIDTH: 0.463051
G1 X149.376 Y153.745 E.00661
; LINE_WIDTH: 0.431343
G1 X148.785 Y153.598 E.01927
; LINE_WIDTH: 0.46199
G3 X147.738 Y153.034 I1.819 J-4.634 E.04072
; LINE_WIDTH: 0.452373
G3 X146.94 Y152.228 I2.239 J-3.013 E.03801
; LINE_WIDTH: 0.452019
G1 X146.786 Y151.982 E.00966
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8799.825
G1 X147.009 Y152.145 E-.01968
G1 X147.974 Y152.702 E-.07942
G1 X148.505 Y153.001 E-.0434
; WIPE_END
G1 E-.0075 F3600
G1 X153.236 Y151.944 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.454959
G1 F785
G1 X153.048 Y152.244 E.01189
; LINE_WIDTH: 0.45541
G1 X152.648 Y152.703 E.02047
G1 X152.186 Y153.088 E.02022
; LINE_WIDTH: 0.460449
G3 X151.147 Y153.624 I-2.859 J-4.262 E.03985
; LINE_WIDTH: 0.421533
G1 X150.581 Y153.757 E.01796
; LINE_WIDTH: 0.457972
G1 X150.081 Y153.777 E.01692
G1 X150.523 Y153.552 E.01677
; LINE_WIDTH: 0.421533
G1 X150.995 Y153.28 E.01684
; LINE_WIDTH: 0.460449
G2 X151.976 Y152.733 I-6.491 J-12.799 E.03822
; LINE_WIDTH: 0.45541
G2 X152.975 Y152.156 I-752.449 J-1303.844 E.03878
; LINE_WIDTH: 0.454959
G1 X153.19 Y151.982 E.00926
M204 S10000
G1 X152.96 Y151.6 F30000
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.419999
G1 F785
G1 X152.913 Y151.725 E.0041
G3 X150.094 Y153.363 I-61.631 J-102.768 E.10018
G1 X149.985 Y153.388 E.00344
G3 X147.134 Y151.763 I39.745 J-73.052 E.10084
G1 X147.043 Y151.635 E.00483
G3 X147.04 Y150.562 I81.506 J-.789 E.03298
G1 X147.04 Y148.4 E.06644
G1 X147.068 Y148.301 E.00315
G1 X147.706 Y147.907 E.02305
G1 X149.906 Y146.637 E.07806
G1 X150.047 Y146.617 E.00438
G3 X152.866 Y148.237 I-104.217 J184.661 E.09989
G1 X152.957 Y148.365 E.00483
G3 X152.96 Y151.54 I-245.619 J1.87 E.09757
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X152.913 Y151.725 E-.0136
G1 X151.349 Y152.634 E-.1289
; WIPE_END
G1 E-.0075 F3600
G1 X149.374 Y145.871 F30000
G1 E.5 F2400
M204 S5000
G1 F785
G1 X149.66 Y145.847 E.00882
G3 X150.692 Y145.877 I.34 J5.901 E.03176
G1 X151.334 Y146.039 E.02036
G1 X151.94 Y146.298 E.02024
G1 X152.495 Y146.647 E.02013
G1 X152.986 Y147.075 E.02003
G1 X153.446 Y147.641 E.02241
G1 X153.783 Y148.236 E.02101
G1 X153.988 Y148.747 E.01692
G1 X154.135 Y149.392 E.02032
G1 X154.179 Y150.048 E.0202
G1 X154.132 Y150.654 E.01869
G1 X153.978 Y151.293 E.02017
G1 X153.727 Y151.899 E.02017
G1 X153.384 Y152.459 E.02017
G1 X152.958 Y152.958 E.02017
G1 X152.459 Y153.384 E.02017
G1 X151.899 Y153.727 E.02017
G1 X151.293 Y153.978 E.02017
G1 X150.654 Y154.132 E.02017
G1 X150 Y154.183 E.02017
G1 X149.346 Y154.132 E.02017
G1 X148.707 Y153.978 E.02017
G1 X148.101 Y153.727 E.02017
G1 X147.541 Y153.384 E.02017
G1 X147.042 Y152.958 E.02017
G1 X146.616 Y152.459 E.02017
G1 X146.273 Y151.899 E.02017
G1 X146.022 Y151.293 E.02017
G1 X145.868 Y150.654 E.02017
G1 X145.817 Y150 E.02017
G1 X145.868 Y149.346 E.02017
G1 X146.022 Y148.707 E.02017
G1 X146.273 Y148.101 E.02017
G1 X146.616 Y147.541 E.02017
G1 X147.042 Y147.042 E.02017
G1 X147.541 Y146.616 E.02017
G1 X148.101 Y146.273 E.02017
G1 X148.707 Y146.022 E.02017
G1 X149.308 Y145.877 E.01899
G1 X149.314 Y145.877 E.00017
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X149.66 Y145.847 E-.02473
G1 X150.178 Y145.831 E-.03696
G1 X150.692 Y145.877 E-.03673
G1 X151.292 Y146.028 E-.04408
; WIPE_END
G1 E-.0075 F3600
G1 X153.37 Y151.662 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Inner wall
; LINE_WIDTH: 0.502536
G1 F785
G1 X153.307 Y151.798 E.00557
; LINE_WIDTH: 0.476416
G1 X153.245 Y151.933 E.00526
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8304.575
G1 X153.307 Y151.798 E-.07125
G1 X153.37 Y151.662 E-.07125
; WIPE_END
G1 E-.0075 F3600
G1 X149.762 Y153.747 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.494758
G1 F785
G1 X150.081 Y153.777 E.0118
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7967.457
G1 X149.762 Y153.747 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X146.629 Y151.663 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.504586
G1 F785
G1 X146.692 Y151.797 E.00557
; LINE_WIDTH: 0.477157
G1 X146.754 Y151.931 E.00524
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8290.403
G1 X146.692 Y151.797 E-.07125
G1 X146.629 Y151.663 E-.07125
; WIPE_END
G1 E-.0075 F3600
G1 X146.869 Y147.926 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.494782
G1 F785
G1 X146.686 Y148.184 E.01167
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F7967.034
G1 X146.869 Y147.926 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X150.053 Y146.22 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.4614
G1 F785
G1 X149.948 Y146.22 E.0036
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F8602.561
G1 X150.053 Y146.22 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X153.375 Y148.351 F30000
M73 P99 R0
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.506636
G1 F785
G1 X153.226 Y148.044 E.01291
M204 S10000
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
; CHANGE_LAYER
; Z_HEIGHT: 5
; LAYER_HEIGHT: 0.2
G1 E-.35 F3600
; WIPE_START
G1 F7763.372
G1 X153.375 Y148.351 E-.1425
; WIPE_END
G1 E-.0075 F3600
EXCLUDE_OBJECT_START NAME=TC_Top.stl_id_0_copy_0
G1 X149.427 Y146.228 Z5 F30000
G1 E.5 F2400
M204 S5000
; FEATURE: Outer wall
; LINE_WIDTH: 0.447781
G1 F600
G3 X150.621 Y146.236 I.555 J6.586 E.03943
; LINE_WIDTH: 0.419999
G1 X151.208 Y146.381 E.01859
G3 X152.718 Y147.323 I-1.213 J3.627 E.05519
; LINE_WIDTH: 0.421611
G1 X153.099 Y147.775 E.01824
; LINE_WIDTH: 0.434185
G3 X153.637 Y148.847 I-3.804 J2.58 E.03833
; LINE_WIDTH: 0.419999
G1 X153.773 Y149.435 E.01855
G3 X153.62 Y151.205 I-4.26 J.524 E.05498
; LINE_WIDTH: 0.430233
G3 X153.072 Y152.258 I-3.868 J-1.343 E.03762
; LINE_WIDTH: 0.425874
G1 X152.677 Y152.718 E.01891
; LINE_WIDTH: 0.419999
G3 X150.573 Y153.772 I-2.682 J-2.727 E.07351
; LINE_WIDTH: 0.444738
G3 X149.379 Y153.764 I-.562 J-5.39 E.03916
; LINE_WIDTH: 0.419999
G3 X147.282 Y152.677 I.626 J-3.773 E.07379
; LINE_WIDTH: 0.425875
G1 X146.903 Y152.224 E.01844
; LINE_WIDTH: 0.42885
G3 X146.363 Y151.153 I3.446 J-2.408 E.03783
; LINE_WIDTH: 0.419999
G3 X146.38 Y148.795 I3.647 J-1.153 E.07365
; LINE_WIDTH: 0.435774
G3 X146.926 Y147.74 I4.222 J1.518 E.03815
; LINE_WIDTH: 0.421611
G1 X147.323 Y147.282 E.0187
; LINE_WIDTH: 0.419999
G3 X149.368 Y146.237 I2.682 J2.727 E.07167
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.071
G1 X150.117 Y146.206 E-.05339
G1 X150.621 Y146.236 E-.03598
G1 X151.208 Y146.381 E-.0431
G1 X151.338 Y146.436 E-.01004
; WIPE_END
G1 E-.0075 F3600
G1 X152.964 Y151.601 F30000
G1 E.5 F2400
M204 S5000
; LINE_WIDTH: 0.443365
G1 F600
G1 X152.922 Y151.733 E.00451
G1 X152.253 Y152.117 E.02518
; LINE_WIDTH: 0.419999
G1 X150.392 Y153.191 E.066
; LINE_WIDTH: 0.433418
G1 X150.098 Y153.369 E.01095
; LINE_WIDTH: 0.444738
G1 X149.984 Y153.4 E.00385
G1 X149.137 Y152.92 E.03191
; LINE_WIDTH: 0.419999
G1 X147.747 Y152.117 E.04929
; LINE_WIDTH: 0.425875
G1 X147.271 Y151.846 E.01711
; LINE_WIDTH: 0.440355
G1 X147.059 Y151.704 E.00826
G1 X147.04 Y151.073 E.02043
; LINE_WIDTH: 0.419999
G1 X147.04 Y148.927 E.06596
; LINE_WIDTH: 0.434185
G1 X147.033 Y148.4 E.0168
; LINE_WIDTH: 0.440354
G1 X147.059 Y148.296 E.00347
G1 X147.747 Y147.883 E.026
; LINE_WIDTH: 0.419999
G1 X149.261 Y147.009 E.05371
G1 X149.608 Y146.809 E.01229
; LINE_WIDTH: 0.445357
G1 X150 Y146.599 E.01459
G1 X150.863 Y147.08 E.03242
; LINE_WIDTH: 0.419999
G1 X151.21 Y147.28 E.01229
G1 X152.253 Y147.883 E.037
; LINE_WIDTH: 0.421611
G1 X152.728 Y148.156 E.01692
; LINE_WIDTH: 0.440353
G1 X152.941 Y148.296 E.00826
G1 X152.96 Y148.927 E.02043
; LINE_WIDTH: 0.419999
G1 X152.96 Y151.073 E.06596
; LINE_WIDTH: 0.428849
G1 X152.964 Y151.541 E.01472
M204 S10000
G1 X152.151 Y152.417 F30000
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F600
G1 X152.408 Y152.675 E.0112
G1 X152.12 Y152.92
G1 X151.814 Y152.614 E.01332
G1 X151.477 Y152.811
G1 X151.79 Y153.123 E.01357
G1 X151.434 Y153.301
G1 X151.141 Y153.007 E.01274
M204 S10000
G1 X151.109 Y153.242 F30000
; FEATURE: Gap infill
; LINE_WIDTH: 0.377535
G1 F600
G1 X150.923 Y153.317 E.00546
; LINE_WIDTH: 0.337785
G1 X150.737 Y153.392 E.00481
; LINE_WIDTH: 0.288377
G3 X150.425 Y153.503 I-.701 J-1.474 E.00664
G1 E-.35 F3600
; WIPE_START
G1 F14666.536
G1 X150.737 Y153.392 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X147.934 Y152.466 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F600
G1 X148.904 Y153.437 E.04219
M204 S10000
G1 X149.186 Y153.361 F30000
; FEATURE: Gap infill
; LINE_WIDTH: 0.33908
G1 F600
G1 X149.159 Y153.32 E.00119
; LINE_WIDTH: 0.295714
G1 X149.131 Y153.279 E.00102
; LINE_WIDTH: 0.252348
G1 X149.104 Y153.238 E.00084
; LINE_WIDTH: 0.206914
G1 X148.951 Y153.119 E.00258
; LINE_WIDTH: 0.159417
G1 X148.798 Y153.001 E.00183
; LINE_WIDTH: 0.111919
G1 X148.645 Y152.883 E.00109
G1 X149.575 Y153.503 F30000
; LINE_WIDTH: 0.273665
G1 F600
G1 X149.448 Y153.466 E.00247
; LINE_WIDTH: 0.298813
G1 X149.317 Y153.414 E.00295
; LINE_WIDTH: 0.32675
G1 X149.186 Y153.361 E.00327
G1 X148.934 Y153.464 E.0063
G1 X147.93 Y152.442 F30000
; LINE_WIDTH: 0.378459
G1 F600
G1 X147.786 Y152.468 E.00398
; LINE_WIDTH: 0.407427
G1 X147.643 Y152.494 E.00433
; LINE_WIDTH: 0.401003
G1 X147.663 Y152.539 E.00145
; LINE_WIDTH: 0.359187
G1 X147.684 Y152.584 E.00128
; LINE_WIDTH: 0.317371
G1 X147.705 Y152.629 E.00111
; LINE_WIDTH: 0.275554
G1 X147.725 Y152.675 E.00094
; LINE_WIDTH: 0.244046
G1 X147.924 Y152.858 E.00443
; LINE_WIDTH: 0.211369
G1 X148.071 Y152.974 E.00258
; LINE_WIDTH: 0.167221
G1 X148.219 Y153.09 E.0019
; LINE_WIDTH: 0.123073
G1 X148.366 Y153.207 E.00123
; LINE_WIDTH: 0.0945845
G1 X148.412 Y153.238 E.00023
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X148.366 Y153.207 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X146.83 Y149.763 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F600
G1 X146.448 Y149.381 E.01657
G1 X146.401 Y149.868
G1 X146.828 Y150.294 E.01854
G1 X146.826 Y150.826
G1 X146.424 Y150.424 E.01746
M204 S10000
G1 X146.759 Y148.635 F30000
; FEATURE: Gap infill
; LINE_WIDTH: 0.366961
G1 F600
G2 X146.676 Y149.101 I2.534 J.693 E.01252
G1 X146.85 Y149.464 E.01062
G1 X146.845 Y150.892 F30000
; LINE_WIDTH: 0.23899
G1 F600
G1 X146.796 Y150.962 E.00137
; LINE_WIDTH: 0.276173
G1 X146.748 Y151.033 E.00163
; LINE_WIDTH: 0.31303
G1 X146.699 Y151.103 E.00188
G1 X146.668 Y151.081 E.00083
; LINE_WIDTH: 0.277998
G1 X146.576 Y150.964 E.00285
; LINE_WIDTH: 0.248708
G1 X146.484 Y150.847 E.0025
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X146.576 Y150.964 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X148.863 Y146.996 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F600
G1 X148.566 Y146.7 E.0129
G1 X148.21 Y146.877
G1 X148.524 Y147.19 E.01362
G1 X148.184 Y147.385
G1 X147.879 Y147.08 E.01326
G1 X147.592 Y147.325
G1 X147.845 Y147.579 E.01102
M204 S10000
G1 E-.35 F3600
; WIPE_START
G1 F9547.055
G1 X147.592 Y147.325 E-.02556
G1 X147.879 Y147.08 E-.02695
G1 X148.184 Y147.385 E-.03074
G1 X148.524 Y147.19 E-.02784
G1 X148.212 Y146.879 E-.03141
; WIPE_END
G1 E-.0075 F3600
G1 X149.593 Y146.495 F30000
G1 E.5 F2400
; FEATURE: Gap infill
; LINE_WIDTH: 0.279701
G1 F600
G1 X149.448 Y146.54 E.00292
; LINE_WIDTH: 0.309304
G1 X149.263 Y146.613 E.00432
; LINE_WIDTH: 0.34715
G1 X149.078 Y146.687 E.00493
; LINE_WIDTH: 0.384996
G1 X148.893 Y146.76 E.00555
G1 E-.35 F3600
; WIPE_START
G1 F10523.991
G1 X149.078 Y146.687 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X151.095 Y146.563 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F600
G1 X152.054 Y147.521 E.04165
M204 S10000
G1 X152.344 Y147.492 F30000
; FEATURE: Gap infill
; LINE_WIDTH: 0.398119
G1 F600
G1 X152.323 Y147.448 E.00142
; LINE_WIDTH: 0.356758
G1 X152.303 Y147.403 E.00126
; LINE_WIDTH: 0.315398
G1 X152.282 Y147.358 E.00109
; LINE_WIDTH: 0.274037
G1 X152.262 Y147.313 E.00093
; LINE_WIDTH: 0.243451
G1 X152.076 Y147.142 E.00412
; LINE_WIDTH: 0.211471
G1 X151.929 Y147.026 E.00258
; LINE_WIDTH: 0.167323
G1 X151.781 Y146.91 E.0019
; LINE_WIDTH: 0.123176
G1 X151.634 Y146.793 E.00123
; LINE_WIDTH: 0.0946347
G1 X151.588 Y146.762 E.00024
G1 X152.811 Y147.869 F30000
; LINE_WIDTH: 0.290449
G1 F600
G1 X152.688 Y147.766 E.00325
; LINE_WIDTH: 0.333015
G1 X152.564 Y147.663 E.00381
; LINE_WIDTH: 0.375581
G1 X152.44 Y147.56 E.00437
; LINE_WIDTH: 0.395107
G1 X152.344 Y147.492 E.00338
G1 X152.058 Y147.545 E.00833
G1 X151.063 Y146.536 F30000
; LINE_WIDTH: 0.301327
G1 F600
G1 X150.936 Y146.589 E.00291
; LINE_WIDTH: 0.346239
G1 X150.808 Y146.642 E.00341
; LINE_WIDTH: 0.347021
G1 X150.837 Y146.683 E.00123
; LINE_WIDTH: 0.303672
G1 X150.865 Y146.724 E.00106
; LINE_WIDTH: 0.260323
G1 X150.893 Y146.765 E.00088
; LINE_WIDTH: 0.219838
G1 X151.01 Y146.855 E.00213
; LINE_WIDTH: 0.182218
G1 X151.128 Y146.945 E.00168
; LINE_WIDTH: 0.144599
G1 X151.245 Y147.035 E.00123
; LINE_WIDTH: 0.106979
G1 X151.363 Y147.124 E.00077
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X151.245 Y147.035 E-.1425
; WIPE_END
G1 E-.0075 F3600
G1 X153.576 Y149.576 F30000
G1 E.5 F2400
M204 S2000
; FEATURE: Top surface
; LINE_WIDTH: 0.42
G1 F600
G1 X153.168 Y149.169 E.01771
G1 X153.17 Y149.704
G1 X153.599 Y150.133 E.01863
G1 X153.552 Y150.619
G1 X153.172 Y150.239 E.0165
M204 S10000
G1 X153.519 Y149.163 F30000
; FEATURE: Gap infill
; LINE_WIDTH: 0.262603
G1 F600
G1 X153.335 Y148.918 E.00548
; LINE_WIDTH: 0.306728
G1 X153.295 Y148.89 E.00104
G1 X153.263 Y148.928 E.00109
; LINE_WIDTH: 0.246652
G1 X153.149 Y149.132 E.00388
EXCLUDE_OBJECT_END NAME=TC_Top.stl_id_0_copy_0
G1 E-.35 F3600
; WIPE_START
G1 F15000
G1 X153.263 Y148.928 E-.1425
; WIPE_END
G1 E-.0075 F3600
M106 S0
M106 P2 S0
; FEATURE: Custom
; filament end gcode 
END_PRINT
M73 P100 R0
; EXECUTABLE_BLOCK_END


"""printfarm agent: drives printers over serial G-code and reports over MQTT."""

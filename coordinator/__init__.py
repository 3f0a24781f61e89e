"""printfarm coordinator: fleet view, job store, dispatcher, intake, API."""

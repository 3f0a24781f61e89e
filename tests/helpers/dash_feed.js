async ([rate, seconds]) => {
  const d = window.__dash;
  const keys = [...d.printers.keys()];
  const frames = [];
  let last = performance.now(), running = true;
  const loop = (t) => { frames.push(t - last); last = t; if (running) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  const periodMs = 20;  // a late timer sends more: the rate holds whatever the jitter
  let sent = 0, seq = 0;
  const applied0 = d.applied, t0 = performance.now();
  await new Promise((done) => {
    const timer = setInterval(() => {
      const batch = [];
      const due = Math.floor((rate * (performance.now() - t0)) / 1000) - sent;
      for (let i = 0; i < due; i++) {
        const key = keys[seq++ % keys.length];
        const p = d.printers.get(key);
        batch.push({ printer: { ...p, online: true, state: "printing", job_id: "synthetic-" + key,
          progress: (seq % 1000) / 1000, remaining_s: 600 - (seq % 600),
          temperatures: { T0: { actual: 200 + (seq % 15), target: 215 }, B: { actual: 60, target: 60 } } } });
      }
      d.receive(JSON.stringify(batch));
      sent += batch.length;
      if (performance.now() - t0 >= seconds * 1000) { clearInterval(timer); done(); }
    }, periodMs);
  });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  running = false;
  const elapsed = (performance.now() - t0) / 1000;
  frames.shift();
  frames.sort((a, b) => a - b);
  const at = (q) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))];
  return { sent, elapsed_s: elapsed, sent_per_s: sent / elapsed,
    applied_per_s: (d.applied - applied0) / elapsed, frames: frames.length,
    fps: frames.length / elapsed, frame_p50_ms: at(0.5), frame_p95_ms: at(0.95),
    frame_max_ms: frames[frames.length - 1], frames_over_50ms: frames.filter((f) => f > 50).length };
}

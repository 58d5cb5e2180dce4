// The Firestore emulator's record of rules evaluations for the Emulator UI's "Requests" tab, left
// out. The packaged emulator turns every rules evaluation into JSON (the document read included),
// while holding the lock every listener and every commit shares: 40 % of its CPU with 50 people
// following a 41 KB leaderboard. The UI is off here (firebase.json), so nothing reads that record.
//
// scripts/emulator-env.mjs compiles this class against the packaged emulator and puts it ahead of
// that jar on the class path; FIRESTORE_EMULATOR_REQUEST_LOG=1 keeps the packaged one
// (docs/decisions/022-firestore-emulator-without-request-log.md). Same package, name and
// constructor as the class it replaces; every listener method keeps the interface's no-op.
package com.google.cloud.datastore.emulator.firestore.websocket;

import com.google.cloud.datastore.emulator.impl.util.EmulatorRequestsListener;
import com.google.common.time.TimeSource;
import java.util.function.Consumer;
import org.json.JSONArray;
import org.json.JSONObject;

class BufferingRequestListener implements EmulatorRequestsListener {
  BufferingRequestListener(Consumer<JSONObject> requestListener, TimeSource timeSource) {}

  /** What a UI that connects is sent first: no request, since none is recorded. */
  synchronized void generateRequestBacklog(Consumer<JSONArray> consumer) {
    consumer.accept(new JSONArray());
  }
}

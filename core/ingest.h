// SPDX-License-Identifier: Apache-2.0
// TODO(foundation): being written.
#ifndef EVENTGRAPH_CORE_INGEST_H_
#define EVENTGRAPH_CORE_INGEST_H_
#endif

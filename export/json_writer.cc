#include "export/json_writer.h"

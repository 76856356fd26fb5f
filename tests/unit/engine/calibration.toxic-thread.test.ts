import { calibrate } from './calibration';

calibrate('toxic-thread');
